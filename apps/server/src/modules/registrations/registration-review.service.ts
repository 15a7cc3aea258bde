import type { registrationReviewBody, registrationSubmitBody } from '@vinhdanh/contracts';
import { checkRegistrationStep, type RegistrationStatus } from '@vinhdanh/domain/movements/index';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit, recordAudits } from '../../audit/audit.repository.ts';
import type { Db } from '../../db/client.ts';
import { registration, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { deadlineCache } from './registration-deadline.ts';
import { authorizeRegistration } from './registration.policy.ts';
import { presentRegistration } from './registration.presenter.ts';

const failure = (code: string) =>
  code === 'NOTE_REQUIRED'
    ? new AppError('NOTE_REQUIRED', { field: 'note' }, 'Trả lại đăng ký phải ghi rõ lý do.')
    : new AppError(code as 'REGISTRATION_INVALID_TRANSITION');

/** Sends a unit's draft (and returned) registrations — collective and its people's — to the office. */
export async function submitRegistrations(db: Db, ctx: Ctx, body: z.infer<typeof registrationSubmitBody>) {
  return db.transaction(async (tx) => {
    const [u] = await tx.select().from(unit).where(eq(unit.id, body.unitId));
    if (!u) throw new AppError('NOT_FOUND', { entity: 'unit', id: body.unitId });
    const roles = authorizeRegistration(ctx.actor, u.path);
    const units = body.includeSubunits
      ? sql`(select id from unit where path like ${`${u.path}%`})`
      : sql`(select ${u.id}::int)`;
    const rows = await tx
      .select()
      .from(registration)
      .where(
        and(
          eq(registration.year, body.year),
          inArray(registration.status, ['draft', 'returned']),
          sql`${registration.unitId} in ${units}`,
        ),
      )
      .for('update');
    if (rows.length === 0)
      throw new AppError(
        'REGISTRATION_INVALID_TRANSITION',
        { unitId: u.id },
        'Không có đăng ký nào đang soạn để gửi.',
      );
    const deadlines = deadlineCache(tx, ctx);
    for (const r of rows) {
      const { pastDeadline } = await deadlines(body.movementId ?? r.movementId);
      const v = checkRegistrationStep({
        action: 'submit',
        from: r.status as RegistrationStatus,
        roles,
        pastDeadline,
      });
      if (!v.ok) throw new AppError(v.code, { registrationId: r.id });
    }
    const ids = rows.map((r) => r.id);
    await tx
      .update(registration)
      .set({
        status: 'submitted',
        submittedAt: ctx.now,
        updatedAt: ctx.now,
        version: sql`${registration.version} + 1`,
        ...(body.movementId ? { movementId: body.movementId } : {}),
      })
      .where(inArray(registration.id, ids));
    await recordAudits(
      tx,
      ctx,
      rows.map((r) => ({
        action: 'registration.submit',
        entityType: 'registration',
        entityId: r.id,
        unitPath: u.path,
        before: { status: r.status },
        after: { status: 'submitted' },
      })),
    );
    return { submitted: ids.length, ids };
  });
}

/** The office accepts a submitted registration, or returns it (with the reason) for the unit to fix. */
export async function reviewRegistration(
  db: Db,
  ctx: Ctx,
  id: number,
  body: z.infer<typeof registrationReviewBody>,
) {
  return db.transaction(async (tx) => {
    const [r] = await tx.select().from(registration).where(eq(registration.id, id)).for('update');
    if (!r) throw new AppError('NOT_FOUND', { entity: 'registration', id });
    const [u] = await tx.select({ path: unit.path }).from(unit).where(eq(unit.id, r.unitId));
    const roles = authorizeRegistration(ctx.actor, u?.path ?? '/');
    const v = checkRegistrationStep({
      action: body.action,
      from: r.status as RegistrationStatus,
      roles,
      pastDeadline: false,
      note: body.note,
    });
    if (!v.ok) {
      if (v.code === 'FORBIDDEN') throw new AppError('FORBIDDEN', { permission: 'registration.review' });
      throw failure(v.code);
    }
    const [saved] = await tx
      .update(registration)
      .set({ status: v.to, note: body.note ?? r.note, updatedAt: ctx.now, version: r.version + 1 })
      .where(eq(registration.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: `registration.${body.action}`,
      entityType: 'registration',
      entityId: id,
      unitPath: u?.path ?? null,
      before: { status: r.status },
      after: { status: v.to, note: body.note ?? null },
    });
    return { data: presentRegistration(saved!)! };
  });
}
