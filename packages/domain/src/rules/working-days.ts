/**
 * Deadlines in working days (ngày làm việc), e.g. 5 working days for BNV to return an ineligible dossier
 * and 20 to appraise one (QĐ 311/QĐ-BNV [V-Q]). Counting starts the day after the start date: a dossier
 * received Monday 01/12/2025 must be returned by Monday 08/12/2025 (§10 case 38). Weekends and the days
 * off in the calendar are skipped; Saturdays worked in a swap count as working days.
 */
import { fromDayNumber, toDayNumber, weekdayOf } from './dates.ts';
import { VN_HOLIDAYS } from './holidays-vn.ts';
import type { IsoDate } from './types.ts';

export interface WorkingCalendar {
  /** Day numbers (dates.ts) of weekday days off. */
  readonly daysOff: ReadonlySet<number>;
  /** Day numbers of weekend days that are worked. */
  readonly extraWorkingDays: ReadonlySet<number>;
  /** Years whose data is provisional, so callers can warn. */
  readonly provisionalYears: ReadonlySet<number>;
}

export interface CalendarAdjustments {
  readonly extraDaysOff?: readonly IsoDate[];
  readonly extraWorkingDays?: readonly IsoDate[];
}

/** National data merged with an admin's additions; an added working day wins over a default day off. */
export function buildWorkingCalendar(adjustments: CalendarAdjustments = {}): WorkingCalendar {
  const off = new Set<number>();
  const work = new Set<number>();
  const provisional = new Set<number>();
  for (const y of VN_HOLIDAYS) {
    for (const d of y.daysOff) off.add(toDayNumber(d));
    for (const d of y.extraWorkingDays) work.add(toDayNumber(d));
    if (y.status === 'provisional') provisional.add(y.year);
  }
  for (const d of adjustments.extraDaysOff ?? []) {
    off.add(toDayNumber(d));
    work.delete(toDayNumber(d));
  }
  for (const d of adjustments.extraWorkingDays ?? []) {
    work.add(toDayNumber(d));
    off.delete(toDayNumber(d));
  }
  return { daysOff: off, extraWorkingDays: work, provisionalYears: provisional };
}

export const DEFAULT_WORKING_CALENDAR: WorkingCalendar = buildWorkingCalendar();

function isWorkingDayNumber(day: number, cal: WorkingCalendar): boolean {
  if (cal.extraWorkingDays.has(day)) return true;
  const w = weekdayOf(day);
  return w !== 0 && w !== 6 && !cal.daysOff.has(day);
}

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR): boolean {
  return isWorkingDayNumber(toDayNumber(date), calendar);
}

/** The n-th working day after `start` (n = 0 returns `start`). Negative n counts backwards. */
export function addWorkingDays(
  start: IsoDate,
  n: number,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): IsoDate {
  let day = toDayNumber(start);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(Math.trunc(n));
  while (left > 0) {
    day += step;
    if (isWorkingDayNumber(day, calendar)) left--;
  }
  return fromDayNumber(day);
}

/** Working days in (from, to]: so `countWorkingDays(s, addWorkingDays(s, n)) === n`. 0 when to ≤ from. */
export function countWorkingDays(
  from: IsoDate,
  to: IsoDate,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  let n = 0;
  for (let d = a + 1; d <= b; d++) if (isWorkingDayNumber(d, calendar)) n++;
  return n;
}
