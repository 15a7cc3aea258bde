import type { SheetSettings } from '@vinhdanh/contracts';
import { childrenOf, maxNormalPoints } from '@vinhdanh/domain/scoring/index';
import type { loadCriteria, SheetRow } from './scoring.repository.ts';

type Criteria = Awaited<ReturnType<typeof loadCriteria>>;

export function presentSheet(row: SheetRow, criteria: Criteria) {
  const children = childrenOf(criteria);
  return {
    id: row.id,
    blocId: row.blocId,
    movementId: row.movementId,
    year: row.year,
    name: row.name,
    version: row.version,
    previousId: row.previousId,
    status: row.status as 'draft' | 'open' | 'closed',
    lockedAt: row.lockedAt?.toISOString() ?? null,
    settings: row.settings as SheetSettings,
    maxPoints: maxNormalPoints(criteria) / 100,
    criteria: criteria.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      code: c.code,
      name: c.name,
      kind: c.kind,
      maxPoints: c.maxPoints / 100,
      cap: c.cap === null ? null : c.cap / 100,
      evidenceRequired: c.evidenceRequired,
      position: c.position,
      isLeaf: (children.get(c.id)?.length ?? 0) === 0,
    })),
  };
}

/** Bands from settings in hundredths, for the domain. */
export function bandsOf(settings: SheetSettings) {
  return settings.bands.map((b) => ({ name: b.name, minPoints: Math.round(b.minPoints * 100) }));
}
