/**
 * Vietnamese document numbers and citations. State style: "04/KH-UBND", "152/2025/NĐ-CP",
 * "1720/QĐ-TTg", "123/UBND-NC" (a công văn carries no type code); Party style: "34-CT/TW".
 * A citation is the kind word ("Kế hoạch số", "Chỉ thị"), the number, then optionally
 * "ngày <date>" and "của <issuer>". A bare number after a capitalised kind word ("Chỉ thị 03") counts,
 * except where it reads as a quantity or a year ("Kế hoạch 5 năm", "Nghị quyết 2020").
 */
import { findDates, toIsoDate } from './dates.ts';
import { foldForMatch } from './fold.ts';
import type { DocumentKind } from './types.ts';

export interface DocumentReference {
  kind: DocumentKind | null;
  number: string;
  date: string | null;
  issuer: string | null;
  start: number;
  end: number;
}

/** Type codes in the symbol (Nghị định 30/2020/NĐ-CP, Appendix I). */
const CODE_KIND: Record<string, DocumentKind> = {
  KH: 'plan',
  QĐ: 'decision',
  QD: 'decision',
  HD: 'guidance',
  TB: 'notice',
  CT: 'directive',
  NQ: 'resolution',
  NĐ: 'decree',
  ND: 'decree',
  TT: 'circular',
  QH: 'law',
  KL: 'conclusion',
  CTr: 'program',
  BC: 'report',
  TTr: 'submission',
};

/** Folded kind words, longest first so "ke hoach" is not read as a shorter word. */
const WORD_KIND: Array<[string, DocumentKind]> = [
  ['ke hoach', 'plan'],
  ['cong van', 'official_letter'],
  ['van ban', 'official_letter'],
  ['quyet dinh', 'decision'],
  ['huong dan', 'guidance'],
  ['thong bao', 'notice'],
  ['chi thi', 'directive'],
  ['nghi quyet', 'resolution'],
  ['nghi dinh', 'decree'],
  ['thong tu', 'circular'],
  ['luat', 'law'],
  ['ket luan', 'conclusion'],
  ['chuong trinh', 'program'],
  ['bao cao', 'report'],
  ['to trinh', 'submission'],
];

const SEG = '[A-ZĐ][A-Za-zĐđ]*\\d*';
const STATE = `(\\d{1,5}[a-z]?)\\s?/\\s?(?:(\\d{4})\\s?/\\s?)?(${SEG}(?:\\s?[-–]\\s?${SEG})*)`;
const PARTY = `(\\d{1,4})\\s?-\\s?(${SEG})\\s?/\\s?(${SEG})`;
const NUMBER_RE = new RegExp(`(?<![\\p{L}\\d/])(?:${STATE}|${PARTY})(?![\\p{L}\\d])`, 'gu');

export interface ParsedNumber {
  number: string;
  kind: DocumentKind | null;
}

function kindFromSymbol(symbol: string): DocumentKind | null {
  const parts = symbol.split('-');
  const first = (parts[0] ?? '').replace(/\d+$/, '');
  if (CODE_KIND[first]) return CODE_KIND[first];
  // "123/UBND-NC": issuer code then department, no type code: the shape of a công văn.
  return parts.length >= 2 ? 'official_letter' : null;
}

function parseMatch(m: RegExpMatchArray): ParsedNumber {
  const number = m[0].replace(/\s/g, '').replace(/–/g, '-');
  if (m[1] !== undefined)
    return { number, kind: kindFromSymbol((m[3] ?? '').replace(/\s|–/g, (c) => (c === '–' ? '-' : ''))) };
  return { number, kind: CODE_KIND[m[5] ?? ''] ?? null };
}

/** "04/KH-UBND" → { number: "04/KH-UBND", kind: 'plan' }; null when the input is not one number. */
export function parseDocumentNumber(input: string): ParsedNumber | null {
  const trimmed = input.trim();
  const m = [...trimmed.matchAll(NUMBER_RE)][0];
  return m && m.index === 0 && m[0].length === trimmed.length ? parseMatch(m) : null;
}

export function kindFromWord(foldedWord: string): DocumentKind | null {
  return WORD_KIND.find(([w]) => foldedWord.startsWith(w))?.[1] ?? null;
}

const KIND_BEFORE = new RegExp(
  `(?<![\\p{L}])(${WORD_KIND.map(([w]) => w).join('|')})(?:\\s+so)?\\s*:?\\s*$`,
  'u',
);
const BARE =
  /(?<=(?:^|[^\p{L}])(?:Kế hoạch|Công văn|Quyết định|Chỉ thị|Nghị quyết|Nghị định|Thông tư|Hướng dẫn|Thông báo|Kết luận|Luật|Chương trình)(?:\s+số)?\s+)(\d{1,4})(?![\d/\p{L}-])(?!\s+(?:năm|tháng|ngày))/gu;
const ISSUER_STOP =
  /^(?:về|và|nhằm|để|đã|theo|trên|tại|trong|với|đối|ngày|năm|thì|là|được|giai|số|phát|ban|đến|từ)$/i;

function readIssuer(text: string, from: number): { issuer: string | null; end: number } {
  const m = /^,?\s*của\s+/u.exec(text.slice(from));
  if (!m) return { issuer: null, end: from };
  const words: string[] = [];
  for (const w of (text.slice(from + m[0].length).split('\n')[0] ?? '').split(' ')) {
    const word = w.replace(/[,;.:()“”"]+$/, '');
    if (!word || ISSUER_STOP.test(word) || /^[“"(]/.test(w) || words.length >= 8) break;
    words.push(word);
    if (word !== w) break;
  }
  if (!words.length) return { issuer: null, end: from };
  const issuer = words.join(' ');
  return { issuer, end: text.indexOf(issuer, from) + issuer.length };
}

function readDate(text: string, from: number): { iso: string | null; end: number } {
  const m = /^,?\s*(?:ban hành\s+)?(?=ngày\s)/iu.exec(text.slice(from));
  if (!m) return { iso: null, end: from };
  const date = findDates(text.slice(from, from + 60))[0];
  if (!date || date.start > m[0].length) return { iso: null, end: from };
  return { iso: toIsoDate(date.date), end: from + date.end };
}

/** Every cited document in the text, with its kind, date and issuer when the text gives them. */
export function findDocumentReferences(text: string): DocumentReference[] {
  const folded = foldForMatch(text);
  const hits: Array<{ start: number; end: number; parsed: ParsedNumber }> = [];
  for (const m of text.matchAll(NUMBER_RE))
    hits.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, parsed: parseMatch(m) });
  for (const m of text.matchAll(BARE)) {
    const n = m[1] ?? '';
    if (/^(19|20)\d\d$/.test(n)) continue;
    hits.push({ start: m.index ?? 0, end: (m.index ?? 0) + n.length, parsed: { number: n, kind: null } });
  }
  return hits
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, parsed }) => {
      const sliceStart = Math.max(0, start - 30);
      const before = KIND_BEFORE.exec(folded.slice(sliceStart, start));
      const wordKind = before?.[1] ? kindFromWord(before[1]) : null;
      const date = readDate(text, end);
      const { issuer, end: refEnd } = readIssuer(text, date.end);
      const refStart = before ? sliceStart + before.index : start;
      return {
        kind: wordKind ?? parsed.kind,
        number: parsed.number,
        date: date.iso,
        issuer,
        start: refStart,
        end: refEnd,
      };
    });
}
