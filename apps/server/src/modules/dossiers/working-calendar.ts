import { buildWorkingCalendar, countWorkingDays, type WorkingCalendar } from '@vinhdanh/domain';
import type { DbOrTx } from '../../db/client.ts';
import { loadConfiguration } from '../parameters/parameters.service.ts';

/** National holidays (Tết included) plus the days an administrator added or swapped. */
export async function loadWorkingCalendar(db: DbOrTx): Promise<WorkingCalendar> {
  const { calendarDays } = await loadConfiguration(db);
  return buildWorkingCalendar({
    extraDaysOff: calendarDays.filter((d) => d.kind === 'holiday').map((d) => d.day),
    extraWorkingDays: calendarDays.filter((d) => d.kind === 'workday').map((d) => d.day),
  });
}

/** Working days from today (exclusive) to the due date (inclusive); 0 on or after it; null without one. */
export function workingDaysLeft(
  today: string,
  dueDate: string | null,
  calendar: WorkingCalendar,
): number | null {
  if (!dueDate) return null;
  return dueDate <= today ? 0 : countWorkingDays(today, dueDate, calendar);
}
