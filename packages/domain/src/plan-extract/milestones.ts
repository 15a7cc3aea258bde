/**
 * Milestones: sơ kết (interim), tổng kết (final), lễ phát động (launch), hội nghị / đại hội (conference),
 * registration deadlines (other). A clause counts only when it says when: a date introduced by a time
 * word ("trong quý I/2020", "từ ngày 20/4 - 25/4/2020", "vào tháng 12") or a clause opening with
 * "Thời gian …". Dates that belong to a cited document, a term ("nhiệm kỳ 2020 - 2025") or an edition
 * ("lần thứ V (2020 - 2025)") are not a milestone's date; "báo cáo tổng kết" without a date is a task.
 */
import { findDateRanges, findDates } from './dates.ts';
import { foldForMatch } from './fold.ts';
import { type Sentence, sourceOf } from './sentences.ts';
import type { Extracted, Milestone, MilestoneKind, PartialDate } from './types.ts';

const KEYWORDS: Array<[RegExp, MilestoneKind]> = [
  [/so ket/, 'interim'],
  [/tong ket/, 'final'],
  [/le phat dong|hoi nghi phat dong|phat dong (?:vao|trong|tai)\s/, 'launch'],
  [/hoi nghi|dai hoi|le (?:ky niem|tuyen duong|bieu duong|ton vinh|trao)|hoi thi/, 'conference'],
  [/dang ky thi dua|han (?:gui|nop)/, 'other'],
];
const TIME_WORD = /(?:vao|trong|tu|den|dip|khoang|truoc|sau|cuoi|dau|giua|het|luc|:)\s*$/;
const OPENS_WITH_TIME = /^(?:[\divx]+\.\s*)?(?:thoi gian|thoi diem|du kien)/;
const NOT_A_TIME = [
  /nhiem ky\s+\d{4}\s*[-–—]\s*\d{4}/g,
  /lan thu\s+[\divxlc]+\s*\(\s*\d{4}\s*[-–—]\s*\d{4}\s*\)/g,
];

/** Blanks out spans whose dates are not milestone dates, keeping offsets. */
function mask(text: string, folded: string, extra: Array<[number, number]>): string {
  let out = text;
  const spans = [...extra];
  for (const re of NOT_A_TIME)
    for (const m of folded.matchAll(re)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  for (const [a, b] of spans) out = out.slice(0, a) + ' '.repeat(Math.max(0, b - a)) + out.slice(b);
  return out;
}

function whenIn(clause: string): { date: PartialDate; endDate: PartialDate | null } | null {
  const folded = foldForMatch(clause);
  const timed = (start: number) =>
    TIME_WORD.test(folded.slice(Math.max(0, start - 12), start)) || OPENS_WITH_TIME.test(folded.trimStart());
  const range = findDateRanges(clause).find((r) => timed(r.start));
  if (range) return { date: range.from, endDate: range.to };
  const date = findDates(clause).find((d) => timed(d.start));
  return date ? { date: date.date, endDate: null } : null;
}

/** `documentSpans`: absolute offsets of cited documents (with their dates) to ignore. */
export function extractMilestones(
  sentences: Sentence[],
  documentSpans: Array<[number, number]>,
): Extracted<Milestone>[] {
  const out: Extracted<Milestone>[] = [];
  for (const s of sentences) {
    const local = documentSpans
      .filter(([a, b]) => a < s.end && b > s.start)
      .map(([a, b]): [number, number] => [Math.max(0, a - s.start), Math.min(s.text.length, b - s.start)]);
    const masked = mask(s.text, foldForMatch(s.text), local);
    let offset = 0;
    for (const clause of masked.split(';')) {
      const folded = foldForMatch(clause);
      const hit = KEYWORDS.map(([re, kind]) => ({ at: folded.search(re), kind }))
        .filter((k) => k.at >= 0)
        .sort((a, b) => a.at - b.at)[0];
      const when = hit ? whenIn(clause) : null;
      if (hit && (when || OPENS_WITH_TIME.test(folded.trim()))) {
        const label = s.text
          .slice(offset, offset + clause.length)
          .trim()
          .replace(/[.;,…]+$/, '');
        out.push({
          value: { kind: hit.kind, label, date: when?.date ?? null, endDate: when?.endDate ?? null },
          source: sourceOf(s),
        });
      }
      offset += clause.length + 1;
    }
  }
  return out;
}
