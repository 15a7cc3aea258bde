import type { movementCreateBody, movementListQuery, movementUpdateBody } from '@vinhdanh/contracts';
import { toSearchText } from '@vinhdanh/domain';
import { isMovementEditable, type MovementStatus } from '@vinhdanh/domain/movements/index';
import { and, desc, eq, like, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { movement, movementMilestone, movementOffer, movementTask, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { loadMovementDetail } from './movement-detail.ts';
import { authorizeMovementWrite, movementReadCondition } from './movement.policy.ts';
import { presentMovement } from './movement.presenter.ts';
import { findMovement, findUnit } from './movement.repository.ts';
import { validateMovementLinks } from './movement-validation.ts';

const searchNameOf = (name: string, planNumber?: string | null) =>
  toSearchText(`${name} ${planNumber ?? ''}`);

export async function listMovements(db: Db, ctx: Ctx, query: z.infer<typeof movementListQuery>) {
  const filters: SQL[] = [movementReadCondition(ctx.actor, movement.unitPath)];
  if (query.status) filters.push(eq(movement.status, query.status));
  if (query.kind) filters.push(eq(movement.kind, query.kind));
  if (query.q) filters.push(like(movement.searchName, `%${toSearchText(query.q)}%`));
  if (query.unitId) {
    const u = await findUnit(db, query.unitId);
    if (!u) throw new AppError('NOT_FOUND', { entity: 'unit', id: query.unitId });
    filters.push(like(movement.unitPath, `${u.path}%`));
  }
  if (query.year) {
    // A movement belongs to every year its period touches; without a period, to its plan's year.
    const first = `${query.year}-01-01`;
    const last = `${query.year}-12-31`;
    filters.push(sql`coalesce(${movement.fromDate}, ${movement.planDate}) <= ${last}
      and coalesce(${movement.toDate}, ${movement.fromDate}, ${movement.planDate}) >= ${first}`);
  }
  const rows = await db
    .select({ m: movement, unitName: unit.name, total: sql<number>`count(*) over ()` })
    .from(movement)
    .innerJoin(unit, eq(unit.id, movement.unitId))
    .where(and(...filters))
    .orderBy(desc(movement.planDate), desc(movement.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && query.page > 1) {
    const [c] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(movement)
      .where(and(...filters));
    total = Number(c?.n ?? 0);
  }
  return {
    data: rows.map((r) => presentMovement(r.m, r.unitName)),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

export async function getMovement(db: Db, ctx: Ctx, id: number) {
  return loadMovementDetail(db, ctx, await findMovement(db, id));
}

export async function createMovement(db: Db, ctx: Ctx, body: z.infer<typeof movementCreateBody>) {
  return db.transaction(async (tx) => {
    const u = await findUnit(tx, body.unitId);
    if (!u) throw new AppError('NOT_FOUND', { entity: 'unit', id: body.unitId });
    authorizeMovementWrite(ctx.actor, u.path);
    await validateMovementLinks(tx, ctx.actor, u.path, body);
    const { milestones = [], tasks = [], offers = [], participants, ...fields } = body;
    const [row] = await tx
      .insert(movement)
      .values({
        ...fields,
        unitPath: u.path,
        searchName: searchNameOf(fields.name, fields.planNumber),
        goals: fields.goals ?? [],
        participants: { unitKinds: [], unitIds: [], groups: [], ...participants },
        status: 'draft',
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const m = row!;
    await insertParts(tx, ctx, m.id, { milestones, tasks, offers });
    await recordAudit(tx, ctx, {
      action: 'movement.create',
      entityType: 'movement',
      entityId: m.id,
      unitPath: m.unitPath,
      after: { ...presentMovement(m, u.name), fromText: !!body.sourceText },
    });
    return loadMovementDetail(tx, ctx, m);
  });
}

async function insertParts(
  tx: DbOrTx,
  ctx: Ctx,
  movementId: number,
  parts: Pick<z.infer<typeof movementCreateBody>, 'milestones' | 'tasks' | 'offers'>,
) {
  const stamp = { createdAt: ctx.now, updatedAt: ctx.now };
  if (parts.milestones?.length)
    await tx.insert(movementMilestone).values(parts.milestones.map((p) => ({ ...p, movementId, ...stamp })));
  if (parts.tasks?.length)
    await tx.insert(movementTask).values(parts.tasks.map((p) => ({ ...p, movementId, ...stamp })));
  if (parts.offers?.length) {
    const unique = new Map(parts.offers.map((o) => [o.code, o]));
    await tx.insert(movementOffer).values([...unique.values()].map((o) => ({ ...o, movementId })));
  }
}

/** Loads a movement to change it: locked, visible, writable, not closed, at the version the client saw. */
export async function lockEditableMovement(tx: DbOrTx, ctx: Ctx, id: number, version?: number) {
  const m = await findMovement(tx, id, true);
  authorizeMovementWrite(ctx.actor, m.unitPath);
  if (!isMovementEditable(m.status as MovementStatus)) throw new AppError('MOVEMENT_CLOSED', { id });
  if (version !== undefined && m.version !== version) throw new AppError('VERSION_CONFLICT');
  return m;
}

export async function updateMovement(db: Db, ctx: Ctx, id: number, body: z.infer<typeof movementUpdateBody>) {
  return db.transaction(async (tx) => {
    const before = await lockEditableMovement(tx, ctx, id, body.version);
    const { version: _v, participants, ...changes } = body;
    await validateMovementLinks(tx, ctx.actor, before.unitPath, {
      ...changes,
      parentId: changes.parentId === before.parentId ? undefined : changes.parentId,
      fromDate: changes.fromDate === undefined ? before.fromDate : changes.fromDate,
      toDate: changes.toDate === undefined ? before.toDate : changes.toDate,
      participants,
    });
    const name = changes.name ?? before.name;
    const planNumber = changes.planNumber === undefined ? before.planNumber : changes.planNumber;
    const [row] = await tx
      .update(movement)
      .set({
        ...changes,
        ...(participants ? { participants: { ...before.participants, ...participants } } : {}),
        searchName: searchNameOf(name, planNumber),
        updatedAt: ctx.now,
        version: before.version + 1,
      })
      .where(eq(movement.id, id))
      .returning();
    const unitName = (await findUnit(tx, before.unitId))?.name ?? '';
    await recordAudit(tx, ctx, {
      action: 'movement.update',
      entityType: 'movement',
      entityId: id,
      unitPath: before.unitPath,
      before: presentMovement(before, unitName),
      after: presentMovement(row!, unitName),
    });
    return loadMovementDetail(tx, ctx, row!);
  });
}
