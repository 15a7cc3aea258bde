/**
 * Vietnamese dates as written in plans and news: "ngày 13 tháng 01 năm 2021", "13/01/2021",
 * "15-01-2021", "tháng 9/2020", "tháng 9 năm 2020", "quý I/2020", "năm 2025", and ranges
 * ("20/4 - 25/4/2020", "20 - 25/4/2020", "2021 – 2025", "tháng 3 đến tháng 9/2021").
 * Two-digit years and bare "9/2020" are not read: they collide with document numbers ("06/2022/QH15").
 */
import { foldForMatch } from './fold.ts';
import type { PartialDate } from './types.ts';

export interface DateMatch {
  date: PartialDate;
  start: number;
  end: number;
}

export interface DateRangeMatch {
  from: PartialDate;
  to: PartialDate;
  start: number;
  end: number;
}

type Loose = {
  year?: number;
  month?: number;
  day?: number;
  quarter?: 1 | 2 | 3 | 4;
  start: number;
  end: number;
};

const ROMAN: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const NUM = '(?<![\\d/.-])';

// Folded text: "tháng" → "thang", "năm" → "nam", "ngày" → "ngay", "quý" → "quy".
const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => Omit<Loose, 'start' | 'end'>]> = [
  [
    /(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s*nam\s+(\d{4})/g,
    (m) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]! }),
  ],
  [
    new RegExp(`(?:ngay\\s+)?${NUM}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/])`, 'g'),
    (m) => ({ day: +m[1]!, month: +m[3]!, year: +m[4]! }),
  ],
  [
    /quy\s+(iv|i{1,3}|[1-4])\s*(?:[/.-]\s*|,?\s*nam\s+)(\d{4})/g,
    (m) => ({ quarter: ROMAN[m[1]!], year: +m[2]! }),
  ],
  [/thang\s+(\d{1,2})\s*(?:[/.-]\s*|,?\s*nam\s+)(\d{4})(?![\d/])/g, (m) => ({ month: +m[1]!, year: +m[2]! })],
  [/(?:(?:het|cuoi|dau|giua)\s+)?nam\s+(\d{4})(?![\d/]|\.\d)/g, (m) => ({ year: +m[1]! })],
  // Yearless forms only ever complete a range whose other end has the year.
  [
    new RegExp(`(?:ngay\\s+)?${NUM}(\\d{1,2})[/.-](\\d{1,2})(?![/.-]?\\d)`, 'g'),
    (m) => ({ day: +m[1]!, month: +m[2]! }),
  ],
  [/thang\s+(\d{1,2})(?![\d/.-])(?!\s*,?\s*nam\s+\d)/g, (m) => ({ month: +m[1]! })],
  [/(?<![\d/.])((?:19|20)\d{2})(?![\d/]|\.\d)/g, (m) => ({ year: +m[1]! })],
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValid(l: Loose): boolean {
  if (l.year !== undefined && (l.year < 1900 || l.year > 2100)) return false;
  if (l.month !== undefined && (l.month < 1 || l.month > 12)) return false;
  if (l.day !== undefined && (l.day < 1 || l.day > (l.month ? daysInMonth(l.year ?? 2000, l.month) : 31)))
    return false;
  return true;
}

function toPartial(l: Loose): PartialDate | null {
  if (l.year === undefined || !isValid(l)) return null;
  if (l.quarter) return { precision: 'quarter', year: l.year, quarter: l.quarter };
  if (l.month !== undefined && l.day !== undefined)
    return { precision: 'day', year: l.year, month: l.month, day: l.day };
  if (l.month !== undefined) return { precision: 'month', year: l.year, month: l.month };
  if (l.day !== undefined) return null;
  return { precision: 'year', year: l.year };
}

/** Every date-like token, longest first at each position, non-overlapping, in text order. */
function findLoose(folded: string): Loose[] {
  const found: Loose[] = [];
  for (const [re, build] of PATTERNS) {
    for (const m of folded.matchAll(re)) {
      const l = { ...build(m as RegExpExecArray), start: m.index, end: m.index + m[0].length };
      if (isValid(l)) found.push(l);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Loose[] = [];
  for (const l of found) if (!kept.some((k) => l.start < k.end && k.start < l.end)) kept.push(l);
  return kept.sort((a, b) => a.start - b.start);
}

// Bare 4-digit numbers count as years only inside a range.
const isBareYear = (l: Loose, folded: string) =>
  l.year !== undefined && /^\d{4}$/.test(folded.slice(l.start, l.end));

export function findDates(text: string): DateMatch[] {
  const folded = foldForMatch(text);
  return findLoose(folded).flatMap((l) => {
    const date = isBareYear(l, folded) ? null : toPartial(l);
    return date ? [{ date, start: l.start, end: l.end }] : [];
  });
}

/** The date when the whole input is one date ("ngày 13 tháng 01 năm 2021", "quý I/2020"). */
export function parseVietnameseDate(input: string): PartialDate | null {
  const trimmed = input.trim();
  const [only, ...rest] = findDates(trimmed);
  return only && rest.length === 0 && only.start === 0 && only.end === trimmed.length ? only.date : null;
}

const RANGE_SEP = /^\s*(?:[-–—]|đến|tới|den|toi)\s*(?:(?:het|cuoi|ngay)\s+)?$/;
const DAY_RANGE = /(?<![\d/.-])(\d{1,2})\s*[-–—]\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/g;

/** Ranges; a yearless left end takes the right end's year. Ends must be in order. */
export function findDateRanges(text: string): DateRangeMatch[] {
  const folded = foldForMatch(text);
  const out: DateRangeMatch[] = [];
  for (const m of folded.matchAll(DAY_RANGE)) {
    const [d1, d2, mo, y] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!];
    const from = toPartial({ day: d1, month: mo, year: y, start: 0, end: 0 });
    const to = toPartial({ day: d2, month: mo, year: y, start: 0, end: 0 });
    if (from && to && d1 < d2) out.push({ from, to, start: m.index, end: m.index + m[0].length });
  }
  const loose = findLoose(folded);
  for (let i = 0; i + 1 < loose.length; i++) {
    const [a, b] = [loose[i]!, loose[i + 1]!];
    if (!RANGE_SEP.test(folded.slice(a.end, b.start))) continue;
    if (out.some((r) => a.start < r.end && r.start < b.end)) continue;
    const to = toPartial(b);
    const from = toPartial({ ...a, year: a.year ?? b.year, month: a.month ?? (a.day ? b.month : undefined) });
    if (!from || !to || compareStart(from, to) > 0) continue;
    out.push({ from, to, start: a.start, end: b.end });
    i++;
  }
  return out.sort((x, y) => x.start - y.start);
}

function compareStart(a: PartialDate, b: PartialDate): number {
  const key = (d: PartialDate) =>
    d.year * 10000 +
    (d.precision === 'quarter' ? (d.quarter - 1) * 3 + 1 : 'month' in d ? d.month : 1) * 100 +
    (d.precision === 'day' ? d.day : 1);
  return key(a) - key(b);
}

export function toIsoDate(date: PartialDate): string | null {
  if (date.precision !== 'day') return null;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${p(date.month)}-${p(date.day)}`;
}

/** How a Vietnamese officer writes it back: 13/01/2021, 09/2020, quý I/2020, 2025. */
export function formatPartialDate(date: PartialDate): string {
  const p = (n: number) => String(n).padStart(2, '0');
  switch (date.precision) {
    case 'day':
      return `${p(date.day)}/${p(date.month)}/${date.year}`;
    case 'month':
      return `${p(date.month)}/${date.year}`;
    case 'quarter':
      return `quý ${['I', 'II', 'III', 'IV'][date.quarter - 1]}/${date.year}`;
    case 'year':
      return String(date.year);
  }
}
