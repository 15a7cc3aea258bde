import type { baseSalaryBody, calendarDayBody, parameterOverrideBody } from '@vinhdanh/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { baseSalary, calendarDay, parameterOverride } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { requirePermission } from '../../lib/policy.ts';
import { validateOverride } from '../eligibility/configuration.ts';

/** Everything the rules engine takes from the database as configuration: read in one go. */
export async function loadConfiguration(db: DbOrTx) {
  const [salaries, overrides, days] = await Promise.all([
    db.select().from(baseSalary).orderBy(asc(baseSalary.effectiveFrom)),
    db
      .select()
      .from(parameterOverride)
      .orderBy(asc(parameterOverride.key), asc(parameterOverride.effectiveFrom)),
    db.select().from(calendarDay).orderBy(asc(calendarDay.day)),
  ]);
  return {
    baseSalaries: salaries.map((s) => ({
      id: s.id,
      amount: s.amount,
      effectiveFrom: s.effectiveFrom,
      legalBasis: s.legalBasis,
    })),
    overrides: overrides.map((o) => ({
      id: o.id,
      key: o.key,
      value: o.value,
      effectiveFrom: o.effectiveFrom,
      note: o.note,
    })),
    calendarDays: days.map((d) => ({ day: d.day, kind: d.kind as 'holiday' | 'workday', name: d.name })),
  };
}

export async function addBaseSalary(db: Db, ctx: Ctx, body: z.infer<typeof baseSalaryBody>) {
  requirePermission(ctx.actor, 'parameter.write');
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(baseSalary)
      .where(eq(baseSalary.effectiveFrom, body.effectiveFrom));
    if (existing)
      throw new AppError(
        'CONFLICT',
        { field: 'effectiveFrom' },
        'Đã có mức lương cơ sở áp dụng từ ngày này.',
      );
    const [row] = await tx
      .insert(baseSalary)
      .values({
        amount: body.amount,
        effectiveFrom: body.effectiveFrom,
        legalBasis: body.legalBasis ?? null,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'parameter.base_salary.add',
      entityType: 'base_salary',
      entityId: row!.id,
      after: body,
    });
    return {
      id: row!.id,
      amount: row!.amount,
      effectiveFrom: row!.effectiveFrom,
      legalBasis: row!.legalBasis,
    };
  });
}

export async function removeBaseSalary(db: Db, ctx: Ctx, id: number) {
  requirePermission(ctx.actor, 'parameter.write');
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(baseSalary).where(eq(baseSalary.id, id)).returning();
    if (!row) throw new AppError('NOT_FOUND', { entity: 'base_salary', id });
    await recordAudit(tx, ctx, {
      action: 'parameter.base_salary.remove',
      entityType: 'base_salary',
      entityId: id,
      before: row,
    });
    return { ok: true as const };
  });
}

export async function putCalendarDay(db: Db, ctx: Ctx, body: z.infer<typeof calendarDayBody>) {
  requirePermission(ctx.actor, 'parameter.write');
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarDay).where(eq(calendarDay.day, body.day));
    await tx
      .insert(calendarDay)
      .values({ ...body, createdBy: ctx.actor.userId, createdAt: ctx.now })
      .onConflictDoUpdate({ target: calendarDay.day, set: { kind: body.kind, name: body.name } });
    await recordAudit(tx, ctx, {
      action: 'parameter.calendar.put',
      entityType: 'calendar_day',
      entityId: body.day,
      before: before ?? null,
      after: body,
    });
    return body;
  });
}

export async function removeCalendarDay(db: Db, ctx: Ctx, day: string) {
  requirePermission(ctx.actor, 'parameter.write');
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(calendarDay).where(eq(calendarDay.day, day)).returning();
    if (!row) throw new AppError('NOT_FOUND', { entity: 'calendar_day', day });
    await recordAudit(tx, ctx, {
      action: 'parameter.calendar.remove',
      entityType: 'calendar_day',
      entityId: day,
      before: row,
    });
    return { ok: true as const };
  });
}

export async function addOverride(db: Db, ctx: Ctx, body: z.infer<typeof parameterOverrideBody>) {
  requirePermission(ctx.actor, 'parameter.write');
  validateOverride(body.key, body.value);
  return db.transaction(async (tx) => {
    const [dup] = await tx
      .select()
      .from(parameterOverride)
      .where(
        and(eq(parameterOverride.key, body.key), eq(parameterOverride.effectiveFrom, body.effectiveFrom)),
      );
    if (dup)
      throw new AppError(
        'CONFLICT',
        { field: 'effectiveFrom' },
        'Tham số này đã có giá trị áp dụng từ ngày đó.',
      );
    const [row] = await tx
      .insert(parameterOverride)
      .values({
        key: body.key,
        value: body.value as object,
        effectiveFrom: body.effectiveFrom,
        note: body.note ?? null,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'parameter.override.add',
      entityType: 'parameter',
      entityId: body.key,
      after: body,
    });
    return {
      id: row!.id,
      key: row!.key,
      value: row!.value,
      effectiveFrom: row!.effectiveFrom,
      note: row!.note,
    };
  });
}

export async function removeOverride(db: Db, ctx: Ctx, id: number) {
  requirePermission(ctx.actor, 'parameter.write');
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(parameterOverride).where(eq(parameterOverride.id, id)).returning();
    if (!row) throw new AppError('NOT_FOUND', { entity: 'parameter_override', id });
    await recordAudit(tx, ctx, {
      action: 'parameter.override.remove',
      entityType: 'parameter',
      entityId: row.key,
      before: row,
    });
    return { ok: true as const };
  });
}
