import type { z } from 'zod';
import type {
  unitCreateBody,
  unitMergeBody,
  unitMoveBody,
  unitUpdateBody,
  unitListQuery,
} from '@vinhdanh/contracts';
import { toSearchText } from '@vinhdanh/domain';
import { and, asc, count, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import { recordAudit, recordAudits } from '../../audit/audit.repository.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { person, unit, unitMerge } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { authorize, hasPermission, scopeCondition } from '../../lib/policy.ts';
import { forgetActors } from '../../lib/session-cache.ts';
import { presentUnit } from './unit.presenter.ts';

type UnitRow = typeof unit.$inferSelect;

async function loadUnit(tx: DbOrTx, id: number, lock = false): Promise<UnitRow> {
  const q = tx.select().from(unit).where(eq(unit.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new AppError('NOT_FOUND', { entity: 'unit', id });
  return row;
}

async function childCounts(db: DbOrTx, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ parentId: unit.parentId, n: count() })
    .from(unit)
    .where(inArray(unit.parentId, ids))
    .groupBy(unit.parentId);
  return new Map(rows.map((r) => [r.parentId ?? 0, Number(r.n)]));
}

export function unitAbilities(ctx: Ctx, row: UnitRow) {
  const canWrite = hasPermission(ctx.actor, 'unit.write', row.path);
  return { update: canWrite, move: canWrite, merge: canWrite, createChild: canWrite };
}

/** Units visible to the actor: a search, or the children of a parent (the roots of their scope by default). */
export async function listUnits(db: Db, ctx: Ctx, query: z.infer<typeof unitListQuery>) {
  const scope = scopeCondition(ctx.actor, 'unit.read', unit.path);
  const filters = [scope];
  if (!query.includeInactive) filters.push(isNull(unit.successorId));
  if (query.q) {
    const q = toSearchText(query.q);
    filters.push(or(like(unit.searchName, `%${q}%`), eq(unit.code, query.q))!);
  } else if (query.parentId) {
    filters.push(eq(unit.parentId, query.parentId));
  } else {
    // The top of the actor's scope: units whose parent the actor cannot read.
    const parentVisible = sql`exists (select 1 from unit p where p.id = ${unit.parentId} and (${scopeCondition(ctx.actor, 'unit.read', sql`p.path`)}))`;
    filters.push(sql`not ${parentVisible}`);
  }
  const where = and(...filters);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(unit)
      .where(where)
      .orderBy(asc(unit.path))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(unit).where(where),
  ]);
  const counts = await childCounts(
    db,
    rows.map((r) => r.id),
  );
  return {
    data: rows.map((r) => presentUnit(r, counts.get(r.id) ?? 0)),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(total?.n ?? 0),
  };
}

export async function getUnit(db: Db, ctx: Ctx, id: number) {
  const row = await loadUnit(db, id);
  authorize(ctx.actor, 'unit.read', row.path, 'unit.read');
  const counts = await childCounts(db, [id]);
  return { data: presentUnit(row, counts.get(id) ?? 0), abilities: unitAbilities(ctx, row) };
}

export async function createUnit(db: Db, ctx: Ctx, body: z.infer<typeof unitCreateBody>) {
  return db.transaction(async (tx) => {
    let parentPath = '/';
    if (body.parentId) {
      const parent = await loadUnit(tx, body.parentId);
      authorize(ctx.actor, 'unit.write', parent.path, 'unit.read');
      parentPath = parent.path;
    } else if (!hasPermission(ctx.actor, 'unit.write', '/')) {
      throw new AppError(
        'FORBIDDEN',
        { permission: 'unit.write' },
        'Chỉ quản trị hệ thống được tạo đơn vị gốc.',
      );
    }
    if (body.code) await assertCodeFree(tx, body.code);
    const [created] = await tx
      .insert(unit)
      .values({
        code: body.code ?? null,
        name: body.name,
        shortName: body.shortName ?? null,
        kind: body.kind,
        level: body.level,
        parentId: body.parentId,
        path: 'pending',
        searchName: toSearchText(`${body.name} ${body.shortName ?? ''}`),
        validFrom: body.validFrom ?? null,
        validTo: body.validTo ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const [row] = await tx
      .update(unit)
      .set({ path: `${parentPath}${created!.id}/` })
      .where(eq(unit.id, created!.id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'unit.create',
      entityType: 'unit',
      entityId: row!.id,
      unitPath: row!.path,
      after: presentUnit(row!),
    });
    return { data: presentUnit(row!), abilities: unitAbilities(ctx, row!) };
  });
}

async function assertCodeFree(tx: DbOrTx, code: string, exceptId?: number) {
  const [other] = await tx.select({ id: unit.id }).from(unit).where(eq(unit.code, code));
  if (other && other.id !== exceptId) {
    throw new AppError('CONFLICT', { field: 'code' }, `Mã đơn vị "${code}" đã được dùng.`);
  }
}

export async function updateUnit(db: Db, ctx: Ctx, id: number, body: z.infer<typeof unitUpdateBody>) {
  return db.transaction(async (tx) => {
    const before = await loadUnit(tx, id, true);
    authorize(ctx.actor, 'unit.write', before.path, 'unit.read');
    if (before.version !== body.version) throw new AppError('VERSION_CONFLICT');
    if (body.code) await assertCodeFree(tx, body.code, id);
    const { version: _v, ...changes } = body;
    const name = changes.name ?? before.name;
    const shortName = changes.shortName === undefined ? before.shortName : changes.shortName;
    const [row] = await tx
      .update(unit)
      .set({
        ...changes,
        searchName: toSearchText(`${name} ${shortName ?? ''}`),
        updatedAt: ctx.now,
        version: before.version + 1,
      })
      .where(eq(unit.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'unit.update',
      entityType: 'unit',
      entityId: id,
      unitPath: row!.path,
      before: presentUnit(before),
      after: presentUnit(row!),
    });
    return { data: presentUnit(row!), abilities: unitAbilities(ctx, row!) };
  });
}

/** Moves a unit (and its subtree) under a new parent: one prefix rewrite of every path below it. */
export async function moveUnit(db: Db, ctx: Ctx, id: number, body: z.infer<typeof unitMoveBody>) {
  return db.transaction(async (tx) => {
    const row = await loadUnit(tx, id, true);
    const parent = await loadUnit(tx, body.newParentId, true);
    authorize(ctx.actor, 'unit.write', row.path, 'unit.read');
    authorize(ctx.actor, 'unit.write', parent.path, 'unit.read');
    if (row.version !== body.version) throw new AppError('VERSION_CONFLICT');
    if (parent.path.startsWith(row.path)) throw new AppError('UNIT_MOVE_CYCLE');
    const newPath = `${parent.path}${row.id}/`;
    const oldLen = row.path.length;
    await tx
      .update(unit)
      .set({ path: sql`${newPath} || substr(${unit.path}, ${oldLen + 1})` })
      .where(like(unit.path, `${row.path}%`));
    await tx
      .update(person)
      .set({ unitPath: sql`${newPath} || substr(${person.unitPath}, ${oldLen + 1})` })
      .where(like(person.unitPath, `${row.path}%`));
    const [moved] = await tx
      .update(unit)
      .set({ parentId: parent.id, updatedAt: ctx.now, version: row.version + 1 })
      .where(eq(unit.id, id))
      .returning();
    // Grants hold unit paths: cached sessions must see the new ones.
    forgetActors(db);
    await recordAudit(tx, ctx, {
      action: 'unit.move',
      entityType: 'unit',
      entityId: id,
      unitPath: newPath,
      before: { parentId: row.parentId, path: row.path },
      after: { parentId: parent.id, path: newPath },
    });
    return { data: presentUnit(moved!), abilities: unitAbilities(ctx, moved!) };
  });
}

/**
 * Merges units into a successor (2025 reorganisation): the sources close on the effective date, point to
 * their successor, and their current people move to it; award and rating history stays attached to the
 * source ids and is read through the successor link.
 */
export async function mergeUnits(db: Db, ctx: Ctx, body: z.infer<typeof unitMergeBody>) {
  return db.transaction(async (tx) => {
    const target = await loadUnit(tx, body.targetId, true);
    authorize(ctx.actor, 'unit.write', target.path, 'unit.read');
    const sources: UnitRow[] = [];
    for (const sid of [...new Set(body.sourceIds)]) {
      const s = await loadUnit(tx, sid, true);
      authorize(ctx.actor, 'unit.write', s.path, 'unit.read');
      if (s.id === target.id || target.path.startsWith(s.path)) {
        throw new AppError(
          'UNIT_MERGE_INVALID',
          { sourceId: sid },
          `Không thể hợp nhất "${s.name}" vào chính nó hoặc đơn vị cấp dưới của nó.`,
        );
      }
      if (s.successorId)
        throw new AppError('UNIT_MERGE_INVALID', { sourceId: sid }, `"${s.name}" đã được hợp nhất trước đó.`);
      sources.push(s);
    }
    for (const s of sources) {
      await tx
        .update(unit)
        .set({
          successorId: target.id,
          validTo: body.effectiveDate,
          updatedAt: ctx.now,
          version: s.version + 1,
        })
        .where(eq(unit.id, s.id));
      // Children of a merged unit now hang under the successor.
      const children = await tx.select().from(unit).where(eq(unit.parentId, s.id));
      for (const c of children) {
        const newPath = `${target.path}${c.id}/`;
        await tx
          .update(unit)
          .set({ path: sql`${newPath} || substr(${unit.path}, ${c.path.length + 1})` })
          .where(like(unit.path, `${c.path}%`));
        await tx
          .update(person)
          .set({ unitPath: sql`${newPath} || substr(${person.unitPath}, ${c.path.length + 1})` })
          .where(like(person.unitPath, `${c.path}%`));
        await tx.update(unit).set({ parentId: target.id }).where(eq(unit.id, c.id));
      }
      await tx
        .update(person)
        .set({ unitId: target.id, unitPath: target.path, updatedAt: ctx.now })
        .where(eq(person.unitId, s.id));
      await tx.insert(unitMerge).values({
        sourceUnitId: s.id,
        targetUnitId: target.id,
        effectiveDate: body.effectiveDate,
        decisionNo: body.decisionNo ?? null,
        note: body.note ?? null,
      });
    }
    await recordAudits(
      tx,
      ctx,
      sources.map((s) => ({
        action: 'unit.merge',
        entityType: 'unit',
        entityId: s.id,
        unitPath: target.path,
        before: presentUnit(s),
        after: {
          successorId: target.id,
          effectiveDate: body.effectiveDate,
          decisionNo: body.decisionNo ?? null,
        },
      })),
    );
    forgetActors(db);
    const [fresh] = await tx.select().from(unit).where(eq(unit.id, target.id));
    return { data: presentUnit(fresh!), abilities: unitAbilities(ctx, fresh!) };
  });
}

/** The ids whose history belongs to a unit: itself and every unit merged into it, transitively. */
export async function historyUnitIds(db: DbOrTx, unitId: number): Promise<number[]> {
  const { rows } = await db.execute<{ id: number }>(sql`
    with recursive h(id) as (select ${unitId}::int union select u.id from unit u join h on u.successor_id = h.id)
    select id from h`);
  return rows.map((r) => Number(r.id));
}
