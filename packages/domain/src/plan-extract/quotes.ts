/**
 * Quoted phrases: Vietnamese curly quotes “…”, straight "…", guillemets «…», low-high „…“, and
 * single curly ‘…’ (used for quotes inside quotes). Web text mixes them (“…" is common), so a curly
 * opening quote also accepts a straight closing one. A quote never spans lines and is at most
 * 300 characters; an unmatched quote mark is ignored rather than swallowing the paragraph.
 */
export interface QuotedPhrase {
  /** The text between the marks, trimmed. */
  inner: string;
  /** Offsets of the whole phrase including the marks. */
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
}

const CLOSERS: Record<string, string> = { '“': '”"', '"': '"”', '«': '»', '„': '“”"', '‘': '’' };
const MAX_LENGTH = 300;

function isOpeningPosition(text: string, i: number): boolean {
  const ch = text.charAt(i);
  if (ch !== '"' && ch !== '‘') return true;
  // Straight and single quotes are ambiguous: they open only after a space, start or punctuation.
  return i === 0 || /[\s(:;,[\-–—]/.test(text.charAt(i - 1));
}

// The same sentence is searched by several extractors of one draft: remember the last answers.
const recent = new Map<string, readonly QuotedPhrase[]>();

export function findQuotedPhrases(text: string): readonly QuotedPhrase[] {
  const hit = recent.get(text);
  if (hit !== undefined) return hit;
  const out = scanQuotedPhrases(text);
  if (recent.size >= 256) recent.clear();
  recent.set(text, out);
  return out;
}

function scanQuotedPhrases(text: string): QuotedPhrase[] {
  const out: QuotedPhrase[] = [];
  let i = 0;
  while (i < text.length) {
    const closers = CLOSERS[text.charAt(i)];
    if (!closers || !isOpeningPosition(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < text.length &&
      j - i <= MAX_LENGTH &&
      text.charAt(j) !== '\n' &&
      !closers.includes(text.charAt(j))
    )
      j++;
    if (j >= text.length || text.charAt(j) === '\n' || j - i > MAX_LENGTH) {
      i++;
      continue;
    }
    const raw = text.slice(i + 1, j);
    const inner = raw.trim();
    if (inner) {
      const innerStart = i + 1 + (raw.length - raw.trimStart().length);
      out.push({ inner, start: i, end: j + 1, innerStart, innerEnd: innerStart + inner.length });
    }
    i = j + 1;
  }
  return out;
}

/**
 * The first quoted phrase that follows `index` with nothing but the allowed gap in between
 * (e.g. spaces, "là", ":"), as judged by `isGapAllowed` on the text between.
 */
export function quoteFollowing(
  text: string,
  index: number,
  isGapAllowed: (gap: string) => boolean,
): QuotedPhrase | null {
  const next = findQuotedPhrases(text).find((q) => q.start >= index);
  return next && isGapAllowed(text.slice(index, next.start)) ? next : null;
}

/** Drops a closing quote mark left over from a quote that opened in an earlier sentence. */
export function stripUnbalancedQuotes(value: string): string {
  const opens = (value.match(/[“«„]/g) ?? []).length;
  const closes = (value.match(/[”»]/g) ?? []).length;
  let out = value;
  if (closes > opens) out = out.replace(/[”»]+(?=[\s.;,]*$)/, '');
  if (opens > closes) out = out.replace(/^[“«„]+/, '');
  const straight = (out.match(/"/g) ?? []).length;
  if (straight % 2 === 1) out = out.replace(/"(?=[\s.;,]*$)|^"/, '');
  return out.trim();
}
