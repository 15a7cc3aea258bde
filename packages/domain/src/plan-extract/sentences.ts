/**
 * Splits normalised text into sentences with offsets. Each line is a paragraph; inside a line a
 * sentence ends at . ! ? … before an upper-case letter, an opening quote or a bullet, but not after an
 * initial ("M. NƯƠNG") or a common abbreviation, and not before a lower-case word ("kinh doanh... góp
 * phần"). Web text glues sentences ("…Hồ Chí Minh".Ủy ban), so a closing quote or a lower-case word
 * followed by "." and an upper-case letter also ends one.
 */
import type { SourceSpan } from './types.ts';

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the line (paragraph) in the normalised text. */
  line: number;
  /** True when the sentence is the whole line, e.g. a headline or a heading. */
  wholeLine: boolean;
}

const ABBREVIATIONS = new Set(['TP', 'Tp', 'TS', 'ThS', 'PGS', 'GS', 'BS', 'KS', 'CN', 'Th', 'St', 'v.v']);
const TERMINAL = /[.!?…]/;
const CLOSING = /["”’)\]»]/;
const UPPER = /[\p{Lu}]/u;
const OPENING_NEXT = /[\p{Lu}“"«(\-–•+\d]/u;

function isBoundary(line: string, runStart: number, next: number, spaced: boolean): boolean {
  const nextCh = line.charAt(next);
  const before = line.slice(0, runStart);
  // Patterns anchored at the end are tried from every position of a long paragraph: look at its tail.
  // A word of 64 or more letters is neither an abbreviation nor an initial, cut or not.
  const word = /([\p{L}.]+)$/u.exec(before.slice(-64))?.[1] ?? '';
  if (spaced) {
    if (!OPENING_NEXT.test(nextCh)) return false;
    if (ABBREVIATIONS.has(word)) return false;
    // A heading number ("II. MỤC TIÊU", "1. Sở Nội vụ") is not a sentence of its own.
    if (/^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])$/u.test(before)) return false;
    // "M. NƯƠNG" is an initial; "lần thứ X." (a Roman numeral after a lower-case word) ends a sentence.
    if (!/^\p{Lu}$/u.test(word)) return true;
    const prevWord = /(\S+)\s+\S+$/u.exec(before)?.[1] ?? '';
    return !(prevWord === '' || /^\p{Lu}/u.test(prevWord));
  }
  if (!UPPER.test(nextCh)) return false;
  const prev = line.charAt(runStart - 1);
  // Two code points take at most four code units.
  return CLOSING.test(prev) || /\p{Ll}{2}$/u.test(before.slice(-4));
}

function splitLine(line: string, offset: number, lineIndex: number): Sentence[] {
  const out: Sentence[] = [];
  let segStart = 0;
  const push = (endExclusive: number) => {
    const raw = line.slice(segStart, endExclusive);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) {
      const start = offset + segStart + lead;
      out.push({ text, start, end: start + text.length, line: lineIndex, wholeLine: false });
    }
  };
  let i = 0;
  while (i < line.length) {
    if (!TERMINAL.test(line.charAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < line.length && TERMINAL.test(line.charAt(i))) i++;
    while (i < line.length && CLOSING.test(line.charAt(i))) i++;
    let next = i;
    while (next < line.length && line.charAt(next) === ' ') next++;
    if (next < line.length && isBoundary(line, runStart, next, next > i)) {
      push(i);
      segStart = next;
    }
  }
  push(line.length);
  const only = out[0];
  if (out.length === 1 && only) only.wholeLine = true;
  return out;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  text.split('\n').forEach((line, index) => {
    out.push(...splitLine(line, offset, index));
    offset += line.length + 1;
  });
  return out;
}

export function sourceOf(sentence: Sentence): SourceSpan {
  return { sentence: sentence.text, start: sentence.start, end: sentence.end };
}

/** A span covering several consecutive sentences (a task continued over a paragraph). */
export function sourceOfRange(text: string, first: Sentence, last: Sentence): SourceSpan {
  return { sentence: text.slice(first.start, last.end), start: first.start, end: last.end };
}
