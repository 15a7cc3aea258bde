import type { awardBody, yearRecordBody } from '@vinhdanh/contracts';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db } from '../../db/client.ts';
import { award, unit, unitYear } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { authorize } from '../../lib/policy.ts';
import { historyUnitIds } from './unit.service.ts';

async function loadUnitFor(db: Db, ctx: Ctx, id: number, permission: 'unit.read' | 'record.write') {
  const [row] = await db.select().from(unit).where(eq(unit.id, id));
  if (!row) throw new AppError('NOT_FOUND', { entity: 'unit', id });
  authorize(ctx.actor, permission, row.path, 'unit.read');
  return row;
}

/**
 * A collective's yearly ratings and awards, including those of the units merged into it (the 2025
 * reorganisation: history follows the successor). Each row says which unit it was recorded for.
 */
export async function getUnitHistory(db: Db, ctx: Ctx, id: number) {
  await loadUnitFor(db, ctx, id, 'unit.read');
  const ids = await historyUnitIds(db, id);
  const names = new Map(
    (await db.select({ id: unit.id, name: unit.name }).from(unit).where(inArray(unit.id, ids))).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const [years, awards] = await Promise.all([
    db
      .select()
      .from(unitYear)
      .where(inArray(unitYear.unitId, ids))
      .orderBy(desc(unitYear.year), asc(unitYear.unitId)),
    db.select().from(award).where(inArray(award.unitId, ids)).orderBy(desc(award.year), asc(award.code)),
  ]);
  const from = (unitId: number | null) =>
    unitId === id ? null : { unitId, unitName: names.get(unitId ?? 0) ?? '' };
  return {
    years: years.map((y) => ({
      year: y.year,
      rating: y.rating as never,
      note: y.note,
      inheritedFrom: from(y.unitId),
    })),
    awards: awards.map((a) => ({
      id: a.id,
      code: a.code,
      kind: a.kind as never,
      year: a.year,
      decisionNo: a.decisionNo,
      decisionDate: a.decisionDate,
      issuer: a.issuer,
      issuerLevel: a.issuerLevel as never,
      inheritedFrom: from(a.unitId),
    })),
  };
}

export async function putUnitYear(db: Db, ctx: Ctx, id: number, body: z.infer<typeof yearRecordBody>) {
  return db.transaction(async (tx) => {
    const u = await loadUnitFor(tx as Db, ctx, id, 'record.write');
    const [before] = await tx
      .select()
      .from(unitYear)
      .where(and(eq(unitYear.unitId, id), eq(unitYear.year, body.year)));
    const values = { rating: body.rating, note: body.note ?? null, updatedAt: ctx.now };
    if (before)
      await tx
        .update(unitYear)
        .set({ ...values, version: before.version + 1 })
        .where(eq(unitYear.id, before.id));
    else await tx.insert(unitYear).values({ unitId: id, year: body.year, ...values, createdAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: 'unit.year.set',
      entityType: 'unit',
      entityId: id,
      unitPath: u.path,
      before: before ? { year: before.year, rating: before.rating, note: before.note } : null,
      after: { year: body.year, rating: body.rating, note: body.note ?? null },
    });
    return { ok: true as const };
  });
}

export async function addUnitAward(db: Db, ctx: Ctx, id: number, body: z.infer<typeof awardBody>) {
  return db.transaction(async (tx) => {
    const u = await loadUnitFor(tx as Db, ctx, id, 'record.write');
    const [dup] = await tx
      .select({ id: award.id })
      .from(award)
      .where(
        and(
          eq(award.unitId, id),
          eq(award.code, body.code),
          eq(award.kind, body.kind),
          eq(award.year, body.year),
        ),
      );
    if (dup)
      throw new AppError(
        'CONFLICT',
        { field: 'code' },
        'Danh hiệu/hình thức này đã được ghi nhận cho năm đó.',
      );
    const [row] = await tx
      .insert(award)
      .values({ ...body, unitId: id })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'unit.awards.add',
      entityType: 'unit',
      entityId: id,
      unitPath: u.path,
      after: row,
    });
    return { ok: true as const, id: row!.id };
  });
}

export async function removeUnitAward(db: Db, ctx: Ctx, id: number, awardId: number) {
  return db.transaction(async (tx) => {
    const u = await loadUnitFor(tx as Db, ctx, id, 'record.write');
    const [row] = await tx
      .delete(award)
      .where(and(eq(award.id, awardId), eq(award.unitId, id)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND', { entity: 'award', id: awardId });
    await recordAudit(tx, ctx, {
      action: 'unit.awards.remove',
      entityType: 'unit',
      entityId: id,
      unitPath: u.path,
      before: row,
    });
    return { ok: true as const };
  });
}
