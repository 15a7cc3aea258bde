/**
 * Goals and targets (mục tiêu, chỉ tiêu): the items after "mục tiêu:" / "chỉ tiêu …:" to the end of the
 * paragraph (or the bullet lines below when the colon ends the line), the statement after
 * "xác định / đề ra mục tiêu", and the lines under a "Mục tiêu" / "Chỉ tiêu" heading. A passing mention
 * ("hoàn thành các chỉ tiêu, nhiệm vụ") is not a goal, nor is a quoted term ("mục tiêu kép”:").
 */
import { foldForMatch } from './fold.ts';
import { stripUnbalancedQuotes } from './quotes.ts';
import { type Sentence, sourceOf } from './sentences.ts';
import type { Extracted } from './types.ts';

const COLON = /(?<![\p{L}])(?:muc tieu|chi tieu)(?:\s+[\p{L}\d]+){0,4}\s*:\s*/u;
const STATED = /(?<![\p{L}])(?:xac dinh|de ra|dat ra)\s+(?:cac\s+)?(?=(?:muc tieu|chi tieu)(?![\p{L}]))/u;
const HEADING =
  /^(?:[ivx]+\.|\d+(?:\.\d+)*\.?|[a-z]\))?\s*(?:muc tieu|chi tieu)(?:\s*(?:,|va)\s*(?:muc tieu|chi tieu|yeu cau|nhiem vu))*(?:\s+[\p{L}]+){0,2}\s*:?$/u;
const NEXT_HEADING = /^(?:[IVX]+\.|\d+(?:\.\d+)*\.)\s|^\p{Lu}[\p{Lu}\s,]+$/u;

const clean = (v: string) =>
  stripUnbalancedQuotes(
    v
      .replace(/^\s*(?:[-+•*]|[a-zđ]\))\s*/u, '')
      .replace(/[.;,…]+$/, '')
      .trim(),
  );

function item(value: string, s: Sentence): Extracted<string>[] {
  const v = clean(value);
  return v ? [{ value: v, source: sourceOf(s) }] : [];
}

/** Sentences after index `i`: the rest of its paragraph, the bullet lines below, or a whole section. */
function following(sentences: Sentence[], i: number, mode: 'paragraph' | 'bullets' | 'section'): number[] {
  const out: number[] = [];
  const line = sentences[i]?.line ?? -1;
  let lastLine = line;
  for (let j = i + 1; j < sentences.length; j++) {
    const s = sentences[j]!;
    if (mode === 'paragraph' && s.line !== line) break;
    if (mode === 'section' && s.wholeLine && NEXT_HEADING.test(s.text)) break;
    if (mode === 'bullets' && s.line !== lastLine && !/^\s*(?:[-+•*]|[a-zđ]\))/u.test(s.text)) break;
    lastLine = s.line;
    out.push(j);
  }
  return out;
}

export function extractGoals(sentences: Sentence[]): Extracted<string>[] {
  const out: Extracted<string>[] = [];
  const consumed = new Set<number>();
  const take = (indices: number[]) => {
    for (const j of indices) {
      const s = sentences[j]!;
      consumed.add(j);
      out.push(...item(s.text, s));
    }
  };
  for (const [i, s] of sentences.entries()) {
    if (consumed.has(i)) continue;
    const folded = foldForMatch(s.text);
    if (s.wholeLine && HEADING.test(folded)) {
      take(following(sentences, i, 'section'));
      continue;
    }
    const colon = COLON.exec(folded);
    if (colon) {
      const rest = s.text.slice((colon.index ?? 0) + colon[0].length);
      out.push(...item(rest, s));
      take(following(sentences, i, rest.trim() === '' ? 'bullets' : 'paragraph'));
      continue;
    }
    const stated = STATED.exec(folded);
    if (stated) out.push(...item(s.text.slice((stated.index ?? 0) + stated[0].length), s));
  }
  return out;
}
