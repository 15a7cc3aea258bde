/**
 * The movement's time span: "Thời gian thực hiện … từ ngày phát động đến tháng 9/2020", "từ nay đến
 * hết năm 2025", "từ nay đến Hội nghị … lần thứ V", or "phong trào thi đua … giai đoạn 2021–2025".
 * "Thời gian tổ chức Hội nghị / sơ kết / tổng kết" sentences are milestones, not the span.
 */
import { findDateRanges, findDates } from './dates.ts';
import { foldForMatch } from './fold.ts';
import { type Sentence, sourceOf } from './sentences.ts';
import type { ExtractedField, SpanBound, TimeSpan } from './types.ts';

const FROM = /(?<![\p{L}])(?:ke\s+)?tu\s+/gu;
const LAUNCH = /^(?:ngay\s+)?phat dong(?![\p{L}])/u;
const ISSUE = /^(?:nay|ngay ky(?: va)?(?: ban hanh)?|ngay ban hanh|khi ban hanh)(?![\p{L}])/u;
const TO = /^\s*,?\s*(?:den|toi)\s+/u;
const EVENT = /^(?:khi\s+)?(?:hoi nghi|dai hoi|le\s|ngay ky niem|ky niem)/u;
const TIME_HEADING =
  /^(?:[\divx]+\.\s*)?thoi gian(?!\s+(?:to chuc\s+)?(?:hoi nghi|dai hoi|le\s|so ket|tong ket|bao cao))/u;
const CONTEXT = /thi dua|phong trao|ke hoach|trien khai|thuc hien/;
const PERIOD = /(?<![\p{L}])(?:phong trao|dot|cuoc) thi dua(?:\s+[\p{L}]+){0,3}\s+giai doan\s+/u;

function dateAt(text: string, at: number): { bound: SpanBound; end: number } | null {
  const d = findDates(text).find(
    (x) =>
      x.start === at || (x.start > at && /^\s*(?:het|cuoi)?\s*$/.test(foldForMatch(text.slice(at, x.start)))),
  );
  return d ? { bound: { kind: 'date', date: d.date }, end: d.end } : null;
}

function boundAt(
  text: string,
  folded: string,
  at: number,
  isEnd: boolean,
): { bound: SpanBound; end: number } | null {
  const rest = folded.slice(at);
  const launch = LAUNCH.exec(rest);
  if (launch && !isEnd) return { bound: { kind: 'relative', anchor: 'launch' }, end: at + launch[0].length };
  const issue = ISSUE.exec(rest);
  if (issue && !isEnd) return { bound: { kind: 'relative', anchor: 'issue' }, end: at + issue[0].length };
  const date = dateAt(text, at);
  if (date) return date;
  if (isEnd && EVENT.test(rest)) {
    const label =
      text
        .slice(at)
        .split(/[;]|,\s(?=[\p{Ll}])/u)[0]
        ?.replace(/[.…]+$/, '')
        .trim() ?? '';
    return label ? { bound: { kind: 'event', label }, end: at + label.length } : null;
  }
  return null;
}

/** A "từ … đến …" span in one sentence; a date range right after "từ" also counts. */
export function parseTimeSpan(text: string): TimeSpan | null {
  const folded = foldForMatch(text);
  for (const m of folded.matchAll(FROM)) {
    const at = (m.index ?? 0) + m[0].length;
    const range = findDateRanges(text).find((r) => r.start === at);
    if (range) return { from: { kind: 'date', date: range.from }, to: { kind: 'date', date: range.to } };
    const from = boundAt(text, folded, at, false);
    const to = from && TO.exec(folded.slice(from.end));
    const end = from && to ? boundAt(text, folded, from.end + to[0].length, true) : null;
    if (from && end) return { from: from.bound, to: end.bound };
  }
  return null;
}

/** "Thời gian thực hiện: năm 2021 - 2025" — a range with no "từ". */
function firstRange(text: string): TimeSpan | null {
  const range = findDateRanges(text)[0];
  return range ? { from: { kind: 'date', date: range.from }, to: { kind: 'date', date: range.to } } : null;
}

function periodSpan(s: Sentence): TimeSpan | null {
  const m = PERIOD.exec(foldForMatch(s.text));
  if (!m) return null;
  const at = (m.index ?? 0) + m[0].length;
  const range = findDateRanges(s.text).find((r) => r.start === at);
  return range ? { from: { kind: 'date', date: range.from }, to: { kind: 'date', date: range.to } } : null;
}

export function extractTimeSpan(sentences: Sentence[]): ExtractedField<TimeSpan> {
  const passes: Array<(s: Sentence, folded: string) => TimeSpan | null> = [
    (s, f) => (TIME_HEADING.test(f) ? (parseTimeSpan(s.text) ?? firstRange(s.text)) : null),
    (s, f) => (CONTEXT.test(f) && /(?<![\p{L}])(den|toi)\s/u.test(f) ? parseTimeSpan(s.text) : null),
    (s) => periodSpan(s),
  ];
  for (const pass of passes) {
    for (const s of sentences) {
      const span = pass(s, foldForMatch(s.text));
      if (span) return { value: span, source: sourceOf(s) };
    }
  }
  return null;
}
