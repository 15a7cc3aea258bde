/**
 * The launched movement's name and kind. A name is only taken where the text names what the plan
 * launches: "Kế hoạch phát động <tên>", a headline "… phát động <tên>", or an official subject line
 * "Phát động <tên>". A description such as "Đồng thời phát động đợt thi đua đặc biệt, sôi nổi…" gives
 * the kind (đợt → campaign) but no name. A quote right after the noun is the name itself.
 */
import { foldForMatch } from './fold.ts';
import { quoteFollowing } from './quotes.ts';
import { type Sentence, sourceOf } from './sentences.ts';
import type { Extracted, ExtractedField, MovementKind } from './types.ts';

const LAUNCH = /phat dong\s+((?:phong trao|dot|cuoc) thi dua|phong trao|cuoc van dong)(?![\p{L}])/gu;
// Where an unquoted name ends: the place, the document, the purpose, or the end of the sentence.
const NAME_END =
  /\s+(?:tren dia ban|tai ke hoach|theo ke hoach|do (?:ubnd|uy ban|chu tich|thu tuong|so|ban)|nham\s|voi (?:chu de|khau hieu)|trong toan\s|tu (?:nay|ngay|thang|nam)|den (?:nay|ngay|thang|nam|het))|[.:;!?]\s*$|\s*\(/u;

interface Candidate {
  sentence: Sentence;
  nounStart: number;
  nounEnd: number;
  named: boolean;
}

function isHeadline(s: Sentence): boolean {
  return s.wholeLine && s.line < 6 && !/[.!?…:]$/.test(s.text);
}

function candidates(sentences: Sentence[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    const folded = foldForMatch(s.text);
    for (const m of folded.matchAll(LAUNCH)) {
      const at = m.index ?? 0;
      const before = folded.slice(0, at);
      const named =
        /ke hoach(?: so \S+)?(?: ngay [^,]{0,30})?\s+(?:ve\s+(?:viec\s+)?)?$/.test(before) ||
        isHeadline(s) ||
        at === 0;
      const nounStart = at + m[0].length - (m[1]?.length ?? 0);
      out.push({ sentence: s, nounStart, nounEnd: at + m[0].length, named });
    }
  }
  // Prefer the body's "Kế hoạch phát động …" over a headline, which may be shortened.
  return out.sort((a, b) => Number(isHeadline(a.sentence)) - Number(isHeadline(b.sentence)));
}

function nameOf(c: Candidate): string | null {
  const text = c.sentence.text;
  const quote = quoteFollowing(text, c.nounEnd, (gap) => /^\s*$/.test(gap));
  if (quote) return quote.inner;
  const rest = foldForMatch(text.slice(c.nounStart));
  const end = rest.search(NAME_END);
  const name = text.slice(c.nounStart, c.nounStart + (end < 0 ? rest.length : end)).trim();
  return name.split(/\s+/).length >= 3 ? name.replace(/[,.;:]+$/, '') : null;
}

export function extractMovementName(sentences: Sentence[]): ExtractedField<string> {
  for (const c of candidates(sentences).filter((x) => x.named)) {
    const name = nameOf(c);
    if (name) return { value: name, source: sourceOf(c.sentence) };
  }
  return null;
}

const KIND_WORDS: Array<[RegExp, MovementKind]> = [
  [/^(?:dot thi dua|cuoc thi dua)|^phong trao thi dua (?:theo )?dot|dac biet|cao diem/, 'campaign'],
  [/chuyen de/, 'thematic'],
  [/thuong xuyen|hang nam/, 'regular'],
];

/** The kind, read from the words right after "phát động" (name first, then any launch phrase). */
export function extractMovementKind(
  sentences: Sentence[],
  name: Extracted<string> | null,
): ExtractedField<MovementKind> {
  const all = candidates(sentences).sort((a, b) => Number(b.named) - Number(a.named));
  for (const c of all) {
    const phrase = foldForMatch(c.sentence.text.slice(c.nounStart, c.nounStart + 60));
    const kind = KIND_WORDS.find(([re]) => re.test(phrase))?.[1];
    if (kind) return { value: kind, source: sourceOf(c.sentence) };
  }
  if (name) {
    const kind = KIND_WORDS.find(([re]) => re.test(foldForMatch(name.value)))?.[1];
    if (kind) return { value: kind, source: name.source };
  }
  return null;
}
