import { addWorkingDays, DUE_SOON_WORKING_DAYS } from '@vinhdanh/domain';
import { and, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { dossier } from '../../db/schema/index.ts';
import { vnDate } from '../../lib/vn-date.ts';
import { notify } from '../notifications/notify.ts';
import { appraisersOf } from './dossier-workflow.service.ts';
import { loadWorkingCalendar } from './working-calendar.ts';

const FROZEN = ['appraised', 'in_council', 'decided', 'closed'];

/**
 * Deadline reminders: every dossier being appraised whose due date is near (within the due-soon window
 * of working days) or past tells its assignee — or, unassigned, the addressee's appraisers — once per
 * state and due date (the dedupe key), however often this runs.
 */
export async function sendDeadlineReminders(database: Database, now: Date): Promise<number> {
  const { db } = database;
  const today = vnDate(now);
  const calendar = await loadWorkingCalendar(db);
  const soonLimit = addWorkingDays(today, DUE_SOON_WORKING_DAYS, calendar);
  const rows = await db
    .select()
    .from(dossier)
    .where(
      and(
        isNotNull(dossier.dueDate),
        notInArray(dossier.status, FROZEN),
        sql`${dossier.dueDate} <= ${soonLimit}`,
      ),
    );
  let sent = 0;
  for (const d of rows) {
    const overdue = d.dueDate! < today;
    const to = d.assigneeUserId
      ? [d.assigneeUserId]
      : (await appraisersOf(db, d.addresseeUnitId)).map((a) => a.id);
    sent += await db.transaction((tx) =>
      notify(
        tx,
        { now },
        {
          userIds: to,
          kind: overdue ? 'dossier.overdue' : 'dossier.due_soon',
          title: overdue ? `Hồ sơ quá hạn thẩm định: ${d.title}` : `Hồ sơ sắp đến hạn thẩm định: ${d.title}`,
          body: `Hạn thẩm định: ${d.dueDate!.split('-').reverse().join('/')}.`,
          link: `/dossiers/${d.id}`,
          entityType: 'dossier',
          entityId: d.id,
          dedupeKey: `${overdue ? 'overdue' : 'due_soon'}:${d.id}:${d.dueDate}`,
        },
      ),
    );
  }
  return sent;
}
