import type { dossierListQuery } from '@vinhdanh/contracts';
import { addWorkingDays, DUE_SOON_WORKING_DAYS, toSearchText } from '@vinhdanh/domain';
import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { appUser, dossier, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { vnDate } from '../../lib/vn-date.ts';
import { presentSummary } from './dossier.presenter.ts';
import { appraisingDossiers, proposingDossiers, readableDossiers } from './dossier.policy.ts';
import { loadWorkingCalendar } from './working-calendar.ts';

const FROZEN = sql`('appraised', 'in_council', 'decided', 'closed')`;

/** Dossier list with the filters of the list page and the appraiser's inbox; scoped to the actor. */
export async function listDossiers(db: Db, ctx: Ctx, q: z.infer<typeof dossierListQuery>) {
  const calendar = await loadWorkingCalendar(db);
  const today = vnDate(ctx.now);
  const cols = {
    unitPath: dossier.unitPath,
    addresseeUnitId: dossier.addresseeUnitId,
    addresseePath: dossier.addresseePath,
    submittedAt: dossier.submittedAt,
  };
  const where: (SQL | undefined)[] = [readableDossiers(ctx.actor, cols)];
  if (q.box === 'mine') where.push(proposingDossiers(ctx.actor, dossier.unitPath));
  if (q.box === 'inbox')
    where.push(appraisingDossiers(ctx.actor, cols), sql`${dossier.status} not in ('draft')`);
  if (q.box === 'assigned') where.push(eq(dossier.assigneeUserId, ctx.actor.userId));
  if (q.status) where.push(eq(dossier.status, q.status));
  if (q.kind) where.push(eq(dossier.kind, q.kind));
  if (q.year) where.push(eq(dossier.year, q.year));
  if (q.unitId) {
    const [u] = await db.select({ path: unit.path }).from(unit).where(eq(unit.id, q.unitId));
    if (!u) throw new AppError('VALIDATION_FAILED', { field: 'unitId' }, 'Không tìm thấy đơn vị.');
    where.push(sql`${dossier.unitPath} like ${`${u.path}%`}`);
  }
  if (q.q) where.push(sql`${dossier.searchTitle} like ${`%${toSearchText(q.q)}%`}`);
  if (q.due === 'overdue')
    where.push(sql`${dossier.dueDate} < ${today} and ${dossier.status} not in ${FROZEN}`);
  if (q.due === 'due_soon')
    where.push(
      sql`${dossier.dueDate} >= ${today} and ${dossier.dueDate} <= ${addWorkingDays(today, DUE_SOON_WORKING_DAYS, calendar)} and ${dossier.status} not in ${FROZEN}`,
    );
  const condition = and(...where);
  const addressee = alias(unit, 'addressee');
  const byDue = q.box === 'inbox' || q.box === 'assigned';
  const [rows, [total]] = await Promise.all([
    db
      .select({
        d: dossier,
        unitName: unit.name,
        addresseeName: addressee.name,
        assigneeName: appUser.displayName,
        nomineeCount: sql<number>`(select count(*) from nominee n where n.dossier_id = ${dossier.id} and n.removed_at is null)`,
      })
      .from(dossier)
      .innerJoin(unit, eq(unit.id, dossier.unitId))
      .innerJoin(addressee, eq(addressee.id, dossier.addresseeUnitId))
      .leftJoin(appUser, eq(appUser.id, dossier.assigneeUserId))
      .where(condition)
      .orderBy(
        ...(byDue
          ? [sql`${dossier.dueDate} asc nulls last`, desc(dossier.id)]
          : [desc(dossier.updatedAt), desc(dossier.id)]),
      )
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(dossier).where(condition),
  ]);
  return {
    data: rows.map((r) =>
      presentSummary(
        r.d,
        {
          unitName: r.unitName,
          addresseeName: r.addresseeName,
          assignee: r.d.assigneeUserId ? { id: r.d.assigneeUserId, name: r.assigneeName ?? '' } : null,
          nomineeCount: Number(r.nomineeCount),
        },
        today,
        calendar,
      ),
    ),
    page: q.page,
    pageSize: q.pageSize,
    total: Number(total?.n ?? 0),
  };
}
