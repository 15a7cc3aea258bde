import type { Movement } from '@vinhdanh/contracts';
import { getCatalogEntry } from '@vinhdanh/domain';
import type {
  attachment,
  movement,
  movementMilestone,
  movementOffer,
  movementTask,
  nationalMovement,
} from '../../db/schema/index.ts';

export type MovementRow = typeof movement.$inferSelect;
type Precision = Movement['fromPrecision'];

export function presentMovement(row: MovementRow, unitName: string): Movement {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName,
    parentId: row.parentId,
    nationalMovementId: row.nationalMovementId,
    kind: row.kind as Movement['kind'],
    name: row.name,
    theme: row.theme,
    slogan: row.slogan,
    goals: row.goals,
    planNumber: row.planNumber,
    planDate: row.planDate,
    issuer: row.issuer,
    signer: row.signer,
    fromDate: row.fromDate,
    fromPrecision: row.fromPrecision as Precision,
    toDate: row.toDate,
    toPrecision: row.toPrecision as Precision,
    participants: row.participants,
    status: row.status as Movement['status'],
    registrationDeadline: row.registrationDeadline,
    launchedAt: row.launchedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function presentMilestone(r: typeof movementMilestone.$inferSelect) {
  return {
    id: r.id,
    kind: r.kind as 'interim' | 'final' | 'launch' | 'conference' | 'other',
    label: r.label,
    dueDate: r.dueDate,
    duePrecision: r.duePrecision as Precision,
    doneDate: r.doneDate,
    version: r.version,
  };
}

export function presentTask(r: typeof movementTask.$inferSelect) {
  return {
    id: r.id,
    agency: r.agency,
    agencyUnitId: r.agencyUnitId,
    task: r.task,
    dueDate: r.dueDate,
    status: r.status as 'todo' | 'doing' | 'done',
    note: r.note,
    version: r.version,
  };
}

export function presentOffer(r: typeof movementOffer.$inferSelect) {
  return {
    id: r.id,
    code: r.code,
    name: getCatalogEntry(r.code)?.name.vi ?? r.code,
    plannedCount: r.plannedCount,
  };
}

export function presentAttachment(r: Omit<typeof attachment.$inferSelect, 'content'>) {
  return {
    id: r.id,
    fileName: r.fileName,
    mimeType: r.mimeType,
    size: r.size,
    createdAt: r.createdAt.toISOString(),
  };
}

export function presentNational(r: typeof nationalMovement.$inferSelect) {
  return {
    id: r.id,
    name: r.name,
    launchedBy: r.launchedBy,
    launchedDate: r.launchedDate,
    documentRef: r.documentRef,
  };
}
