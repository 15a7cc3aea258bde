/**
 * Theme (chủ đề, or the yearly chuyên đề of "học tập và làm theo") and slogan (khẩu hiệu): the quoted
 * phrase right after the label, allowing a few words between ("khẩu hiệu thi đua năm 2020 “…”",
 * "chuyên đề học tập là "…""). "phong trào thi đua chuyên đề, như: “…”" lists other movements instead.
 */
import { foldForMatch } from './fold.ts';
import { findQuotedPhrases, type QuotedPhrase } from './quotes.ts';
import { type Sentence, sourceOf } from './sentences.ts';
import type { ExtractedField } from './types.ts';

const THEME =
  /(?<!thi dua |phong trao )(?<![\p{L}])(?:chu de|chuyen de)((?:\s+[\p{L}\d]+){0,4})\s*[:,]?\s*$/u;
const SLOGAN = /(?<![\p{L}])khau hieu((?:\s+[\p{L}\d]+){0,4})\s*[:,]?\s*$/u;

function labelled(sentences: Sentence[], label: RegExp): { sentence: Sentence; quote: QuotedPhrase } | null {
  for (const s of sentences) {
    const folded = foldForMatch(s.text);
    for (const quote of findQuotedPhrases(s.text)) {
      const m = label.exec(folded.slice(Math.max(0, quote.start - 80), quote.start));
      if (m && !/(?<![\p{L}])(nhu|gom)(?![\p{L}])/u.test(m[1] ?? '')) return { sentence: s, quote };
    }
  }
  return null;
}

export interface ThemeAndSlogan {
  theme: ExtractedField<string>;
  slogan: ExtractedField<string>;
  /** Absolute offsets of the quotes used here, so they are not read again as other movements. */
  usedQuoteStarts: number[];
}

export function extractThemeAndSlogan(sentences: Sentence[]): ThemeAndSlogan {
  const theme = labelled(sentences, THEME);
  const slogan = labelled(sentences, SLOGAN);
  const used = [theme, slogan].flatMap((x) => (x ? [x.sentence.start + x.quote.start] : []));
  return {
    theme: theme ? { value: theme.quote.inner, source: sourceOf(theme.sentence) } : null,
    slogan: slogan ? { value: slogan.quote.inner, source: sourceOf(slogan.sentence) } : null,
    usedQuoteStarts: used,
  };
}
