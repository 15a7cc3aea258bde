import type { Permission } from '@vinhdanh/contracts';
import type { AnyColumn, SQL } from 'drizzle-orm';
import { AppError } from '../../lib/app-error.ts';
import type { Actor } from '../../lib/context.ts';
import { authorize, hasPermission, scopeCondition } from '../../lib/policy.ts';

/**
 * Who acts on a council (and its sessions): `council.read` on the council's unit subtree to see it at
 * all (404 otherwise), `council.manage` (secretary, admin) to edit members, agenda, attendance and run
 * the tally, `council.vote` to vote — and voting needs, in addition, a seat on the council on the
 * session date tied to the logged-in user (council_member.user_id), so nobody votes for another.
 */
export function assertCouncilReadable(actor: Actor, c: { unitPath: string }): void {
  if (!hasPermission(actor, 'council.read', c.unitPath))
    throw new AppError('NOT_FOUND', { entity: 'council' });
}

export function requireCouncil(actor: Actor, c: { unitPath: string }, permission: Permission): void {
  authorize(actor, permission, c.unitPath, 'council.read');
}

export function councilAbilities(actor: Actor, c: { unitPath: string }) {
  return {
    manage: hasPermission(actor, 'council.manage', c.unitPath),
    vote: hasPermission(actor, 'council.vote', c.unitPath),
  };
}

export function readableCouncils(actor: Actor, unitPath: AnyColumn | SQL): SQL {
  return scopeCondition(actor, 'council.read', unitPath);
}
