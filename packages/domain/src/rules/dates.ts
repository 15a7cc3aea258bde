/**
 * Tiny pure date helpers on ISO 'YYYY-MM-DD' strings. No Date objects, no time zones: every date in
 * the law is a calendar day in Vietnam, and a server passes them in as strings.
 */
import type { IsoDate } from './types.ts';

const ZERO = 48; // '0'

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - ZERO);
  return n;
}

/** Year of an ISO date, without allocating a substring. */
export function yearOf(iso: IsoDate): number {
  return digits(iso, 0, 4);
}

/** True when the string has the shape YYYY-MM-DD and is a real calendar day. */
export function isIsoDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const c = s.charCodeAt(i);
    if (c < ZERO || c > ZERO + 9) return false;
  }
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(digits(s, 0, 4), m);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil), for arithmetic on dates. */
export function toDayNumber(iso: IsoDate): number {
  let y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad(n: number, width: number): string {
  const s = String(n);
  return s.length >= width ? s : '0'.repeat(width - s.length) + s;
}

/** Inverse of toDayNumber (civil_from_days). */
export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + n);
}

/** Adds calendar months, clamping the day to the month's end (31/01 + 1 month = 28 or 29/02). */
export function addMonths(iso: IsoDate, n: number): IsoDate {
  const total = digits(iso, 0, 4) * 12 + (digits(iso, 5, 7) - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const d = Math.min(digits(iso, 8, 10), daysInMonth(y, m));
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Mondays to Fridays between two inclusive dates; weekends are the civil-service rest days. */
export function countWeekdaysInclusive(from: IsoDate, to: IsoDate): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (b < a) return 0;
  const total = b - a + 1;
  let count = Math.floor(total / 7) * 5;
  const rest = total % 7;
  const startWeekday = weekdayOf(a);
  for (let i = 0; i < rest; i++) {
    const w = (startWeekday + i) % 7;
    if (w !== 0 && w !== 6) count++;
  }
  return count;
}

// Rules ask for 01/01 and 31/12 of the same few years a million times per batch: reuse the strings.
const YEAR_START_CACHE = new Map<number, IsoDate>();
const YEAR_END_CACHE = new Map<number, IsoDate>();

export function yearStart(year: number): IsoDate {
  let s = YEAR_START_CACHE.get(year);
  if (s === undefined) {
    s = `${pad(year, 4)}-01-01`;
    if (YEAR_START_CACHE.size < 1000) YEAR_START_CACHE.set(year, s);
  }
  return s;
}

export function yearEnd(year: number): IsoDate {
  let s = YEAR_END_CACHE.get(year);
  if (s === undefined) {
    s = `${pad(year, 4)}-12-31`;
    if (YEAR_END_CACHE.size < 1000) YEAR_END_CACHE.set(year, s);
  }
  return s;
}

export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
