import type { Permission } from '@vinhdanh/contracts';
import { AppError } from '../../lib/app-error.ts';
import type { Actor } from '../../lib/context.ts';
import { hasPermission } from '../../lib/policy.ts';
import type { BlocRow, MemberRow } from './bloc.repository.ts';

/**
 * Who sees and runs a bloc. A bloc belongs to its organiser unit (the province's council secretariat,
 * a department …), but its members sit elsewhere in the tree, so the unit-subtree rule is widened:
 * - read: `bloc.read` on the organiser's subtree, or on the unit of any member (its officers);
 * - manage the bloc and its membership: `bloc.write` on the organiser's subtree;
 * - run a year (pact, signatures, scoring tables): the organiser, or the leader unit of that year
 *   (a `bloc_leader` user of the unit that leads the bloc that year).
 */
export function canReadBloc(actor: Actor, row: BlocRow, memberPaths: readonly string[]): boolean {
  return (
    hasPermission(actor, 'bloc.read', row.organiserPath) ||
    memberPaths.some((p) => hasPermission(actor, 'bloc.read', p))
  );
}

export function canManageBloc(actor: Actor, row: BlocRow): boolean {
  return hasPermission(actor, 'bloc.write', row.organiserPath);
}

export function canRunBlocYear(actor: Actor, row: BlocRow, members: readonly MemberRow[]): boolean {
  if (canManageBloc(actor, row)) return true;
  const leader = members.find((m) => m.role === 'leader');
  return !!leader && hasPermission(actor, 'bloc.write', leader.unitPath);
}

/** 404 when the actor may not even read the bloc, 403 when they read it but may not act. */
export function authorizeBloc(readable: boolean, allowed: boolean, permission: Permission): void {
  if (allowed) return;
  if (!readable) throw new AppError('NOT_FOUND', { entity: 'bloc' });
  throw new AppError('FORBIDDEN', { permission });
}
