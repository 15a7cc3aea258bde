import type {
  milestoneBody,
  milestoneUpdateBody,
  offerBody,
  taskBody,
  taskUpdateBody,
} from '@vinhdanh/contracts';
import { getCatalogEntry } from '@vinhdanh/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { movementMilestone, movementOffer, movementTask } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { hasPermission } from '../../lib/policy.ts';
import { assertMovementReadable } from './movement.policy.ts';
import { presentMilestone, presentOffer, presentTask } from './movement.presenter.ts';
import { findMovement, findUnit } from './movement.repository.ts';
import { lockEditableMovement } from './movement.service.ts';

type Part = 'milestone' | 'task' | 'offer';
const audit = (
  tx: DbOrTx,
  ctx: Ctx,
  part: Part,
  verb: string,
  m: { id: number; unitPath: string },
  after: unknown,
) =>
  recordAudit(tx, ctx, {
    action: `movement.${part}.${verb}`,
    entityType: 'movement',
    entityId: m.id,
    unitPath: m.unitPath,
    after,
  });

export async function addMilestone(db: Db, ctx: Ctx, id: number, body: z.infer<typeof milestoneBody>) {
  return db.transaction(async (tx) => {
    const m = await lockEditableMovement(tx, ctx, id);
    const [row] = await tx
      .insert(movementMilestone)
      .values({ ...body, movementId: id, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    await audit(tx, ctx, 'milestone', 'add', m, presentMilestone(row!));
    return presentMilestone(row!);
  });
}

export async function updateMilestone(
  db: Db,
  ctx: Ctx,
  id: number,
  itemId: number,
  body: z.infer<typeof milestoneUpdateBody>,
) {
  return db.transaction(async (tx) => {
    const m = await lockEditableMovement(tx, ctx, id);
    const { version, ...changes } = body;
    const [row] = await tx
      .update(movementMilestone)
      .set({ ...changes, updatedAt: ctx.now, version: version + 1 })
      .where(
        and(
          eq(movementMilestone.id, itemId),
          eq(movementMilestone.movementId, id),
          eq(movementMilestone.version, version),
        ),
      )
      .returning();
    if (!row) throw await missingOrStale(tx, movementMilestone, id, itemId);
    await audit(tx, ctx, 'milestone', 'update', m, presentMilestone(row));
    return presentMilestone(row);
  });
}

async function missingOrStale(
  tx: DbOrTx,
  table: typeof movementMilestone | typeof movementTask,
  id: number,
  itemId: number,
) {
  const [exists] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, itemId), eq(table.movementId, id)));
  return exists
    ? new AppError('VERSION_CONFLICT')
    : new AppError('NOT_FOUND', { entity: 'item', id: itemId });
}

export async function removePart(db: Db, ctx: Ctx, id: number, part: 'milestone' | 'task', itemId: number) {
  return db.transaction(async (tx) => {
    const m = await lockEditableMovement(tx, ctx, id);
    const table = part === 'milestone' ? movementMilestone : movementTask;
    const [row] = await tx
      .delete(table)
      .where(and(eq(table.id, itemId), eq(table.movementId, id)))
      .returning({ id: table.id });
    if (!row) throw new AppError('NOT_FOUND', { entity: part, id: itemId });
    await audit(tx, ctx, part, 'remove', m, { id: itemId });
    return { ok: true as const };
  });
}

export async function addTask(db: Db, ctx: Ctx, id: number, body: z.infer<typeof taskBody>) {
  return db.transaction(async (tx) => {
    const m = await lockEditableMovement(tx, ctx, id);
    await assertAgencyUnit(tx, body.agencyUnitId);
    const [row] = await tx
      .insert(movementTask)
      .values({ ...body, movementId: id, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    await audit(tx, ctx, 'task', 'add', m, presentTask(row!));
    return presentTask(row!);
  });
}

async function assertAgencyUnit(tx: DbOrTx, unitId: number | null | undefined) {
  if (unitId && !(await findUnit(tx, unitId)))
    throw new AppError('VALIDATION_FAILED', [{ path: 'body.agencyUnitId', message: 'Đơn vị không tồn tại' }]);
}

/**
 * The launching unit edits a task; the agency charged with it (its officers) may report progress —
 * status and note — on its own task.
 */
export async function updateTask(
  db: Db,
  ctx: Ctx,
  id: number,
  itemId: number,
  body: z.infer<typeof taskUpdateBody>,
) {
  return db.transaction(async (tx) => {
    const m = await findMovement(tx, id, true);
    assertMovementReadable(ctx.actor, m.unitPath, id);
    const [task] = await tx
      .select()
      .from(movementTask)
      .where(and(eq(movementTask.id, itemId), eq(movementTask.movementId, id)));
    if (!task) throw new AppError('NOT_FOUND', { entity: 'task', id: itemId });
    const agency = task.agencyUnitId ? await findUnit(tx, task.agencyUnitId) : undefined;
    const onlyProgress = Object.keys(body).every((k) => k === 'status' || k === 'note' || k === 'version');
    const byAgency = !!agency && onlyProgress && hasPermission(ctx.actor, 'movement.write', agency.path);
    if (!byAgency) await lockEditableMovement(tx, ctx, id);
    else if (m.status === 'closed') throw new AppError('MOVEMENT_CLOSED', { id });
    if (task.version !== body.version) throw new AppError('VERSION_CONFLICT');
    await assertAgencyUnit(tx, body.agencyUnitId);
    const { version, ...changes } = body;
    const [row] = await tx
      .update(movementTask)
      .set({ ...changes, updatedAt: ctx.now, version: version + 1 })
      .where(eq(movementTask.id, itemId))
      .returning();
    await audit(tx, ctx, 'task', 'update', m, presentTask(row!));
    return presentTask(row!);
  });
}

/** Sets the planned count of a title or form the movement offers (adds it when new). */
export async function putOffer(db: Db, ctx: Ctx, id: number, body: z.infer<typeof offerBody>) {
  if (!getCatalogEntry(body.code))
    throw new AppError('VALIDATION_FAILED', [{ path: 'body.code', message: 'Mã không có trong danh mục' }]);
  return db.transaction(async (tx) => {
    const m = await lockEditableMovement(tx, ctx, id);
    const plannedCount = body.plannedCount ?? null;
    const [row] = await tx
      .insert(movementOffer)
      .values({ movementId: id, code: body.code, plannedCount })
      .onConflictDoUpdate({ target: [movementOffer.movementId, movementOffer.code], set: { plannedCount } })
      .returning();
    await audit(tx, ctx, 'offer', 'put', m, presentOffer(row!));
    return presentOffer(row!);
  });
}

export async function removeOffer(db: Db, ctx: Ctx, id: number, code: string) {
  return db.transaction(async (tx) => {
    const m = await lockEditableMovement(tx, ctx, id);
    const [row] = await tx
      .delete(movementOffer)
      .where(and(eq(movementOffer.movementId, id), eq(movementOffer.code, code)))
      .returning({ id: movementOffer.id });
    if (!row) throw new AppError('NOT_FOUND', { entity: 'offer', code });
    await audit(tx, ctx, 'offer', 'remove', m, { code });
    return { ok: true as const };
  });
}
