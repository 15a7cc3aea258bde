import type { registrationUpsertBody } from '@vinhdanh/contracts';
import { getCatalogEntry } from '@vinhdanh/domain';
import { checkRegistrationStep, type RegistrationStatus } from '@vinhdanh/domain/movements/index';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudits } from '../../audit/audit.repository.ts';
import type { Db, Tx } from '../../db/client.ts';
import { person, registration, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { deadlineCache } from './registration-deadline.ts';
import { authorizeRegistration } from './registration.policy.ts';

type Body = z.infer<typeof registrationUpsertBody>;
type RowBody = Body['rows'][number];
type Issue = { path: string; message: string };

/** Targets must be emulation titles of the subject's kind: individual titles for people, collective for units. */
export function targetIssues(row: RowBody, i: number): Issue[] {
  const issues: Issue[] = [];
  if (!row.personId === !row.unitId || (row.personId && row.unitId))
    issues.push({
      path: `body.rows.${i}`,
      message: 'Mỗi dòng là một tập thể (unitId) hoặc một cá nhân (personId)',
    });
  const kind = row.personId ? 'individual' : 'collective';
  row.targets?.forEach((code, j) => {
    const e = getCatalogEntry(code);
    const path = `body.rows.${i}.targets.${j}`;
    if (e?.category !== 'title')
      issues.push({ path, message: `"${code}" không phải danh hiệu thi đua trong danh mục` });
    else if (!e.subjectKinds.includes(kind))
      issues.push({
        path,
        message: `"${e.name.vi}" không dành cho ${kind === 'individual' ? 'cá nhân' : 'tập thể'}`,
      });
  });
  return issues;
}

async function subjectOf(tx: Tx, row: RowBody) {
  if (row.personId) {
    const [p] = await tx
      .select({ unitId: person.unitId, path: person.unitPath })
      .from(person)
      .where(eq(person.id, row.personId));
    return p ?? null;
  }
  const [u] = await tx
    .select({ unitId: unit.id, path: unit.path })
    .from(unit)
    .where(eq(unit.id, row.unitId!));
  return u ?? null;
}

/** Saves grid rows as drafts, all or nothing: one bad row and nothing is written. */
export async function upsertRegistrations(db: Db, ctx: Ctx, body: Body) {
  const issues = body.rows.flatMap(targetIssues);
  if (issues.length)
    throw new AppError(
      'VALIDATION_FAILED',
      issues,
      `Dòng ${Number(issues[0]!.path.split('.')[2]) + 1}: ${issues[0]!.message}.`,
    );
  return db.transaction(async (tx) => {
    const deadlines = deadlineCache(tx, ctx);
    const ids: number[] = [];
    const audits = [];
    for (const [i, row] of body.rows.entries()) {
      const subject = await subjectOf(tx, row);
      if (!subject) throw new AppError('NOT_FOUND', { row: i, entity: row.personId ? 'person' : 'unit' });
      const roles = authorizeRegistration(ctx.actor, subject.path);
      const match = row.personId
        ? eq(registration.personId, row.personId)
        : and(eq(registration.unitId, row.unitId!), isNull(registration.personId));
      const [existing] = await tx
        .select()
        .from(registration)
        .where(and(eq(registration.year, body.year), match))
        .for('update');
      const movementId = body.movementId ?? existing?.movementId ?? null;
      const { pastDeadline } = await deadlines(movementId);
      const verdict = checkRegistrationStep({
        action: 'edit',
        from: (existing?.status as RegistrationStatus | undefined) ?? 'none',
        roles,
        pastDeadline,
      });
      if (!verdict.ok) throw new AppError(verdict.code, { row: i, status: existing?.status });
      const values = {
        targets: row.targets,
        note: row.note ?? null,
        status: verdict.to,
        movementId,
        unitId: subject.unitId,
        updatedAt: ctx.now,
      };
      const [saved] = existing
        ? await tx
            .update(registration)
            .set({ ...values, version: existing.version + 1 })
            .where(eq(registration.id, existing.id))
            .returning()
        : await tx
            .insert(registration)
            .values({ ...values, year: body.year, personId: row.personId ?? null, createdAt: ctx.now })
            .returning();
      ids.push(saved!.id);
      audits.push({
        action: existing ? 'registration.update' : 'registration.create',
        entityType: 'registration',
        entityId: saved!.id,
        unitPath: subject.path,
        before: existing ? { targets: existing.targets, status: existing.status } : undefined,
        after: { targets: saved!.targets, status: saved!.status, year: body.year },
      });
    }
    await recordAudits(tx, ctx, audits);
    return { saved: ids.length, ids };
  });
}
