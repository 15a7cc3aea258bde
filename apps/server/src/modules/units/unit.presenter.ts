import type { Unit } from '@vinhdanh/contracts';
import type { unit } from '../../db/schema/index.ts';

type UnitRow = typeof unit.$inferSelect;

export function presentUnit(row: UnitRow, childCount = 0): Unit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind as Unit['kind'],
    level: row.level as Unit['level'],
    parentId: row.parentId,
    path: row.path,
    depth: row.path.split('/').filter(Boolean).length - 1,
    validFrom: row.validFrom,
    validTo: row.validTo,
    successorId: row.successorId,
    childCount,
    version: row.version,
  };
}
