/**
 * Other movements the plan refers to (the Prime Minister's "Cả nước chung tay vì người nghèo – Không để
 * ai bị bỏ lại phía sau", "Xây dựng nông thôn mới", …). Quoted ones: a quote right after "phong trào
 * (thi đua)" or "cuộc vận động", and quotes chained to it by "," / ";" / "và". Unquoted ones only in an
 * explicit list: "các phong trào thi đua trọng tâm như: A; B; C".
 */
import { foldForMatch } from './fold.ts';
import { findQuotedPhrases } from './quotes.ts';
import { type Sentence, sourceOf } from './sentences.ts';
import type { Extracted, ReferencedMovement } from './types.ts';

const BEFORE_QUOTE =
  /(?<![\p{L}])(?:phong trao(?: thi dua)?(?:\s+[\p{L}]+){0,3}\s*[:,]?\s*(?:(?:nhu|gom|la)\s*:?)?|cuoc van dong)\s*$/u;
const CHAIN = /^\s*[;,]?\s*(?:va\s+)?(?:(?:phong trao(?: thi dua)?|cuoc van dong)\s*)?$/u;
const LIST = /(?<![\p{L}])phong trao thi dua[^.:;“”"]{0,40}?(?:nhu|gom|sau)\s*:\s*/u;
const LAUNCHED_BY = /(?<![\p{L}])do\s+((?:[\p{L}]+\s+){0,6}?[\p{L}]+)\s+phat dong/gu;

function launchedBy(text: string, folded: string, before: number): string | null {
  let found: string | null = null;
  for (const m of folded.slice(0, before).matchAll(LAUNCHED_BY)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    found = text.slice(start, start + (m[1]?.length ?? 0));
  }
  return found;
}

function quoted(s: Sentence, skip: Set<number>): Extracted<ReferencedMovement>[] {
  const folded = foldForMatch(s.text);
  const out: Extracted<ReferencedMovement>[] = [];
  let previousEnd = -1;
  for (const q of findQuotedPhrases(s.text)) {
    if (skip.has(s.start + q.start)) continue;
    const isChained = previousEnd >= 0 && CHAIN.test(folded.slice(previousEnd, q.start));
    const isIntroduced = BEFORE_QUOTE.test(folded.slice(Math.max(0, q.start - 80), q.start));
    previousEnd = isChained || isIntroduced ? q.end : -1;
    if (previousEnd < 0) continue;
    out.push({
      value: { name: q.inner, launchedBy: launchedBy(s.text, folded, q.start) },
      source: sourceOf(s),
    });
  }
  return out;
}

function listed(s: Sentence): Extracted<ReferencedMovement>[] {
  const m = LIST.exec(foldForMatch(s.text));
  if (!m) return [];
  const rest = s.text.slice((m.index ?? 0) + m[0].length);
  if (/[“”"«]/.test(rest)) return [];
  const items = rest
    .split(';')
    .map((x) =>
      x
        .trim()
        .replace(/[.…]+$/, '')
        .trim(),
    )
    .filter(Boolean);
  if (items.length < 2 || items.some((x) => x.length > 150)) return [];
  return items.map((name) => ({ value: { name, launchedBy: null }, source: sourceOf(s) }));
}

/** `skipQuoteStarts`: absolute offsets of quotes already used as name, theme or slogan. */
export function extractReferencedMovements(
  sentences: Sentence[],
  skipQuoteStarts: number[],
): Extracted<ReferencedMovement>[] {
  const skip = new Set(skipQuoteStarts);
  const out = sentences.flatMap((s) => [...quoted(s, skip), ...listed(s)]);
  const seen = new Set<string>();
  return out.filter((x) => {
    const key = foldForMatch(x.value.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
