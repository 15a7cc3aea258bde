import type { DossierRole } from '@vinhdanh/domain';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { rolePermissions } from '@vinhdanh/contracts';
import { AppError } from '../../lib/app-error.ts';
import type { Actor } from '../../lib/context.ts';
import { hasPermission, scopeCondition } from '../../lib/policy.ts';

/**
 * Who sees and acts on a dossier:
 * - the proposing side: `dossier.write` (officers) or `dossier.read` (viewers, signers) on the proposing
 *   unit's subtree;
 * - the appraising side: `dossier.appraise` granted on the very unit the dossier is addressed to — an
 *   appraiser of the province sees the dossiers sent to the province, not those a commune appraises for
 *   its own chairman. Administrators appraise for every unit of their subtree.
 */
export interface DossierScope {
  unitPath: string;
  addresseeUnitId: number;
  addresseePath: string;
  /** Appraisers see a dossier only once it has been sent: a draft belongs to its unit. */
  submittedAt: Date | null;
}

export function appraisesFor(
  actor: Actor,
  d: Pick<DossierScope, 'addresseeUnitId' | 'addresseePath'>,
): boolean {
  return actor.grants.some(
    (g) =>
      rolePermissions[g.role].includes('dossier.appraise') &&
      (g.unitId === d.addresseeUnitId || (g.role === 'admin' && d.addresseePath.startsWith(g.unitPath))),
  );
}

export function dossierRoles(actor: Actor, d: DossierScope): DossierRole[] {
  const roles: DossierRole[] = [];
  if (hasPermission(actor, 'dossier.write', d.unitPath)) roles.push('proposer');
  if (d.submittedAt && appraisesFor(actor, d)) roles.push('appraiser');
  return roles;
}

export function canReadDossier(actor: Actor, d: DossierScope): boolean {
  return hasPermission(actor, 'dossier.read', d.unitPath) || dossierRoles(actor, d).length > 0;
}

/** 404 when the actor may not even know the dossier exists. */
export function assertDossierReadable(actor: Actor, d: DossierScope): DossierRole[] {
  if (!canReadDossier(actor, d)) throw new AppError('NOT_FOUND', { entity: 'dossier' });
  return dossierRoles(actor, d);
}

/** Readable, and the actor holds the role; 403 otherwise. */
export function requireDossierRole(actor: Actor, d: DossierScope, role: DossierRole): DossierRole[] {
  const roles = assertDossierReadable(actor, d);
  if (!roles.includes(role))
    throw new AppError('FORBIDDEN', {
      permission: role === 'proposer' ? 'dossier.write' : 'dossier.appraise',
    });
  return roles;
}

/** SQL: the dossiers the actor may read (list queries). */
export function readableDossiers(
  actor: Actor,
  cols: {
    unitPath: SQL | AnyColumn;
    addresseeUnitId: SQL | AnyColumn;
    addresseePath: SQL | AnyColumn;
    submittedAt: SQL | AnyColumn;
  },
): SQL {
  return sql`((${scopeCondition(actor, 'dossier.read', cols.unitPath)}) or (${scopeCondition(actor, 'dossier.write', cols.unitPath)}) or (${cols.submittedAt} is not null and (${appraisingDossiers(actor, cols)})))`;
}

/** SQL: the dossiers addressed to a unit the actor appraises for (the appraiser's inbox). */
export function appraisingDossiers(
  actor: Actor,
  cols: {
    addresseeUnitId: SQL | import('drizzle-orm').AnyColumn;
    addresseePath: SQL | import('drizzle-orm').AnyColumn;
  },
): SQL {
  const grants = actor.grants.filter((g) => rolePermissions[g.role].includes('dossier.appraise'));
  if (grants.length === 0) return sql`false`;
  return sql.join(
    grants.map((g) =>
      g.role === 'admin'
        ? sql`${cols.addresseePath} like ${`${g.unitPath}%`}`
        : sql`${cols.addresseeUnitId} = ${g.unitId}`,
    ),
    sql` or `,
  );
}

/** SQL: dossiers of units the actor proposes for. */
export function proposingDossiers(actor: Actor, unitPath: SQL | import('drizzle-orm').AnyColumn): SQL {
  return scopeCondition(actor, 'dossier.write', unitPath);
}
