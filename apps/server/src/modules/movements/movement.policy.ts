import { rolePermissions } from '@vinhdanh/contracts';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../lib/app-error.ts';
import type { Actor } from '../../lib/context.ts';
import { hasPermission, scopePaths } from '../../lib/policy.ts';

/**
 * A movement is read in the launching unit's subtree and, because it is addressed to the units below,
 * by every unit under it: a provincial movement is visible to the school that implements it. A sibling's
 * movement stays invisible.
 */
export function canReadMovement(actor: Actor, unitPath: string): boolean {
  return scopePaths(actor, 'movement.read').some((p) => unitPath.startsWith(p) || p.startsWith(unitPath));
}

export function movementReadCondition(actor: Actor, pathColumn: AnyColumn | SQL): SQL {
  const paths = scopePaths(actor, 'movement.read');
  if (paths.length === 0) return sql`false`;
  return sql.join(
    paths.map((p) => sql`(${pathColumn} like ${`${p}%`} or ${p} like ${pathColumn} || '%')`),
    sql` or `,
  );
}

/** 404 when the movement is not visible, 403 when visible but not writable. */
export function authorizeMovementWrite(actor: Actor, unitPath: string): void {
  if (hasPermission(actor, 'movement.write', unitPath)) return;
  if (!canReadMovement(actor, unitPath)) throw new AppError('NOT_FOUND', { entity: 'movement' });
  throw new AppError('FORBIDDEN', { permission: 'movement.write' });
}

export function assertMovementReadable(actor: Actor, unitPath: string, id?: number): void {
  if (!canReadMovement(actor, unitPath)) throw new AppError('NOT_FOUND', { entity: 'movement', id });
}

/**
 * `manage`: write on the launching unit. `supervise`: write granted from a strictly higher unit, or an
 * administrator's grant covering it (reopening a closed movement is a higher level's call).
 */
export function movementCapabilities(actor: Actor, unitPath: string) {
  const writers = actor.grants.filter(
    (g) => rolePermissions[g.role].includes('movement.write') && unitPath.startsWith(g.unitPath),
  );
  return {
    manage: writers.length > 0,
    supervise: writers.some((g) => g.role === 'admin' || g.unitPath !== unitPath),
  };
}

/** The national catalog is kept at the top of the organisation: write on a root unit. */
export function canManageNationalCatalog(actor: Actor): boolean {
  return actor.grants.some(
    (g) =>
      rolePermissions[g.role].includes('movement.write') &&
      g.unitPath.split('/').filter(Boolean).length === 1,
  );
}
