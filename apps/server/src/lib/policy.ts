import { type Permission, rolePermissions } from '@vinhdanh/contracts';
import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import { AppError } from './app-error.ts';
import type { Actor } from './context.ts';

/** Unit-subtree paths on which the actor holds a permission, without nested duplicates. */
export function scopePaths(actor: Actor, permission: Permission): string[] {
  const paths = actor.grants
    .filter((g) => rolePermissions[g.role].includes(permission))
    .map((g) => g.unitPath)
    .sort();
  return paths.filter((p, i) => !paths.slice(0, i).some((q) => p.startsWith(q)));
}

export function hasPermission(actor: Actor, permission: Permission, unitPath?: string): boolean {
  const paths = scopePaths(actor, permission);
  return unitPath === undefined ? paths.length > 0 : paths.some((p) => unitPath.startsWith(p));
}

/**
 * Checks a permission on a record in a unit subtree. A record the actor may not even read answers 404
 * (its existence is not disclosed); one they can read but not act on answers 403.
 */
export function authorize(actor: Actor, permission: Permission, unitPath: string, read: Permission): void {
  if (hasPermission(actor, permission, unitPath)) return;
  if (!hasPermission(actor, read, unitPath)) throw new AppError('NOT_FOUND');
  throw new AppError('FORBIDDEN', { permission });
}

/** Endpoints that are not about one record (users, audit): the permission held anywhere, else 403. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor, permission)) throw new AppError('FORBIDDEN', { permission });
}

/** SQL condition: the path column lies in one of the actor's subtrees for the permission. */
export function scopeCondition(actor: Actor, permission: Permission, pathColumn: AnyColumn | SQL): SQL {
  const paths = scopePaths(actor, permission);
  if (paths.length === 0) return sql`false`;
  return sql.join(
    paths.map((p) => sql`${pathColumn} like ${`${p}%`}`),
    sql` or `,
  );
}
