import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  attachment,
  movement,
  movementMilestone,
  movementOffer,
  movementTask,
  nationalMovement,
  unit,
} from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { MovementRow } from './movement.presenter.ts';

export const MOVEMENT_OWNER = 'movement';

export async function findMovement(tx: DbOrTx, id: number, lock = false): Promise<MovementRow> {
  const q = tx.select().from(movement).where(eq(movement.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new AppError('NOT_FOUND', { entity: 'movement', id });
  return row;
}

export async function findUnit(tx: DbOrTx, id: number) {
  const [row] = await tx.select().from(unit).where(eq(unit.id, id));
  return row;
}

export async function unitNames(tx: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx.select({ id: unit.id, name: unit.name }).from(unit).where(inArray(unit.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Implementing movements of lower units already launched (anything past draft). */
export async function countLaunchedChildren(tx: DbOrTx, id: number): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(movement)
    .where(and(eq(movement.parentId, id), ne(movement.status, 'draft')));
  return Number(row?.n ?? 0);
}

export async function loadMovementParts(tx: DbOrTx, id: number) {
  const [milestones, tasks, offers, files] = await Promise.all([
    tx
      .select()
      .from(movementMilestone)
      .where(eq(movementMilestone.movementId, id))
      .orderBy(asc(movementMilestone.dueDate), asc(movementMilestone.id)),
    tx.select().from(movementTask).where(eq(movementTask.movementId, id)).orderBy(asc(movementTask.id)),
    tx.select().from(movementOffer).where(eq(movementOffer.movementId, id)).orderBy(asc(movementOffer.id)),
    tx
      .select({
        id: attachment.id,
        ownerType: attachment.ownerType,
        ownerId: attachment.ownerId,
        fileName: attachment.fileName,
        mimeType: attachment.mimeType,
        size: attachment.size,
        createdBy: attachment.createdBy,
        createdAt: attachment.createdAt,
      })
      .from(attachment)
      .where(and(eq(attachment.ownerType, MOVEMENT_OWNER), eq(attachment.ownerId, id)))
      .orderBy(asc(attachment.id)),
  ]);
  return { milestones, tasks, offers, files };
}

export async function findNational(tx: DbOrTx, id: number | null) {
  if (!id) return null;
  const [row] = await tx.select().from(nationalMovement).where(eq(nationalMovement.id, id));
  return row ?? null;
}

export async function findChildren(tx: DbOrTx, id: number): Promise<MovementRow[]> {
  return tx.select().from(movement).where(eq(movement.parentId, id)).orderBy(asc(movement.id));
}

/**
 * The units a movement addresses: the ones its participants name, else the launching unit's direct,
 * still-active sub-units.
 */
export async function cascadeTargets(tx: DbOrTx, m: MovementRow) {
  const cols = { id: unit.id, name: unit.name, path: unit.path };
  const ids = m.participants.unitIds ?? [];
  if (ids.length > 0) return tx.select(cols).from(unit).where(inArray(unit.id, ids)).orderBy(asc(unit.path));
  return tx
    .select(cols)
    .from(unit)
    .where(and(eq(unit.parentId, m.unitId), isNull(unit.successorId)))
    .orderBy(asc(unit.path));
}
