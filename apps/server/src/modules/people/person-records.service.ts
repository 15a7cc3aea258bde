import type {
  awardBody,
  disciplineBody,
  initiativeBody,
  leaveBody,
  yearRecordBody,
} from '@vinhdanh/contracts';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db } from '../../db/client.ts';
import { award, discipline, initiative, leave, personYear } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { authorize } from '../../lib/policy.ts';
import { loadReadablePerson } from './people.service.ts';

/** The lists of a person's record that are added and removed item by item. */
export const recordTables = {
  disciplines: discipline,
  initiatives: initiative,
  leaves: leave,
  awards: award,
} as const;
export type RecordKind = keyof typeof recordTables;

type Bodies = {
  disciplines: z.infer<typeof disciplineBody>;
  initiatives: z.infer<typeof initiativeBody>;
  leaves: z.infer<typeof leaveBody>;
  awards: z.infer<typeof awardBody>;
};

function checkDates(from?: string | null, to?: string | null) {
  if (from && to && to < from) {
    throw new AppError(
      'VALIDATION_FAILED',
      [{ path: 'body.toDate', message: 'Ngày kết thúc phải sau ngày bắt đầu' }],
      'Ngày kết thúc phải sau ngày bắt đầu.',
    );
  }
}

async function writable(db: Db, ctx: Ctx, personId: number) {
  const p = await loadReadablePerson(db, ctx, personId, true);
  authorize(ctx.actor, 'record.write', p.unitPath, 'person.read');
  return p;
}

/** Sets (or clears) a person's performance rating of a year. */
export async function putYearRecord(
  db: Db,
  ctx: Ctx,
  personId: number,
  body: z.infer<typeof yearRecordBody>,
) {
  return db.transaction(async (tx) => {
    const p = await writable(tx as Db, ctx, personId);
    const [before] = await tx
      .select()
      .from(personYear)
      .where(and(eq(personYear.personId, personId), eq(personYear.year, body.year)));
    const values = { rating: body.rating, note: body.note ?? null, updatedAt: ctx.now };
    if (before)
      await tx
        .update(personYear)
        .set({ ...values, version: before.version + 1 })
        .where(eq(personYear.id, before.id));
    else await tx.insert(personYear).values({ personId, year: body.year, ...values, createdAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: 'person.year.set',
      entityType: 'person',
      entityId: personId,
      unitPath: p.unitPath,
      before: before ? { year: before.year, rating: before.rating, note: before.note } : null,
      after: { year: body.year, rating: body.rating, note: body.note ?? null },
    });
    return { ok: true as const };
  });
}

export async function addRecord<K extends RecordKind>(
  db: Db,
  ctx: Ctx,
  kind: K,
  personId: number,
  body: Bodies[K],
) {
  if ('fromDate' in body) checkDates(body.fromDate, body.toDate);
  return db.transaction(async (tx) => {
    const p = await writable(tx as Db, ctx, personId);
    const table = recordTables[kind];
    try {
      const [row] = await tx
        .insert(table)
        .values({ ...(body as object), personId } as never)
        .returning();
      await recordAudit(tx, ctx, {
        action: `person.${kind}.add`,
        entityType: 'person',
        entityId: personId,
        unitPath: p.unitPath,
        after: row,
      });
      return { ok: true as const, id: (row as { id: number }).id };
    } catch (err) {
      if (
        kind === 'awards' &&
        String((err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code) ===
          '23505'
      ) {
        throw new AppError(
          'CONFLICT',
          { field: 'code' },
          'Danh hiệu/hình thức này đã được ghi nhận cho năm đó.',
        );
      }
      throw err;
    }
  });
}

export async function removeRecord(db: Db, ctx: Ctx, kind: RecordKind, personId: number, itemId: number) {
  return db.transaction(async (tx) => {
    const p = await writable(tx as Db, ctx, personId);
    const table = recordTables[kind];
    const [row] = await tx
      .delete(table)
      .where(and(eq(table.id, itemId), eq(table.personId, personId)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND', { entity: kind, id: itemId });
    await recordAudit(tx, ctx, {
      action: `person.${kind}.remove`,
      entityType: 'person',
      entityId: personId,
      unitPath: p.unitPath,
      before: row,
    });
    return { ok: true as const };
  });
}
