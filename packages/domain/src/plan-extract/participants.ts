/**
 * Participants (đối tượng tham gia): the list after "Đối tượng (tham gia) (thi đua) gồm:", or the bullet
 * lines under an "Đối tượng" heading. Groups split at ";" and bullets only, because commas join the
 * parts of one group ("các sở, ban, ngành"). Kinds are recognised from a fixed vocabulary.
 */
import { foldForMatch } from './fold.ts';
import { type Sentence, sourceOf, sourceOfRange } from './sentences.ts';
import type { ExtractedField, ParticipantKind, Participants } from './types.ts';

const INLINE =
  /(?<![\p{L}])doi tuong(?:\s+(?:tham gia|ap dung|thi dua|cua phong trao|phat dong))*(?:\s+(?:gom|bao gom|la))?\s*:\s*/u;
const HEADING = /^(?:[ivx]+\.|\d+(?:\.\d+)*\.?|[a-z]\))?\s*doi tuong(?:\s+[\p{L}]+){0,4}\s*:?$/u;
const BULLET = /^\s*(?:[-+•*]|\d+[.)]|[a-zđ]\))\s*/u;

// Ordered as ParticipantKind; matched on folded text. "thị xã" and "hợp tác xã" are not communes.
const VOCABULARY: Array<[ParticipantKind, RegExp]> = [
  ['agency', /\bso, ban, nganh\b|\bcac so\b|\bco quan\b|\bdon vi truc thuoc\b|\bphong, ban\b/],
  ['mass_organisation', /\bdoan the\b|\bmat tran\b|\bhoi (nong dan|phu nu|cuu chien binh)\b/],
  ['armed_forces', /\bluc luong vu trang\b|\bquan doi\b|\bcong an\b|\bbien phong\b/],
  ['district', /\bhuyen\b|\bthi xa\b|\bquan\b(?! doi)|\bthanh pho\b/],
  ['commune', /(?<!thi |hop tac )\bxa\b(?! hoi)|\bphuong\b|\bthi tran\b/],
  ['hamlet', /\bxom\b|\bthon\b|\bto dan pho\b|\bkhu pho\b|\bap\b|\bkhom\b/],
  ['party_organisation', /\bdang uy\b|\bchi bo\b|\bto chuc dang\b|\bdang bo\b/],
  ['enterprise', /\bdoanh nghiep\b|\bcong ty\b/],
  ['cooperative', /\bhop tac xa\b/],
  ['school', /\btruong hoc\b|\bco so giao duc\b|\btruong\b/],
  ['health_facility', /\bbenh vien\b|\bco so y te\b|\btram y te\b/],
  ['official', /\bcan bo\b|\bcong chuc\b|\bvien chuc\b|\bdang vien\b/],
  ['worker', /\bnguoi lao dong\b|\bcong nhan\b/],
  ['soldier', /\bchien si\b|\bsi quan\b/],
  ['household', /\bho gia dinh\b/],
  ['citizen', /\bnhan dan\b|\bnguoi dan\b|\bcong dan\b/],
  ['individual', /\bca nhan\b/],
  ['collective', /\btap the\b/],
];

const clean = (g: string) =>
  g
    .replace(BULLET, '')
    .trim()
    .replace(/[.;:,]+$/, '')
    .trim();

export function participantKinds(groups: string[]): ParticipantKind[] {
  const folded = foldForMatch(groups.join(' ; '));
  return VOCABULARY.filter(([, re]) => re.test(folded)).map(([kind]) => kind);
}

function build(groups: string[]): Participants {
  const cleaned = groups.map(clean).filter(Boolean);
  return { groups: cleaned, kinds: participantKinds(cleaned) };
}

export function extractParticipants(text: string, sentences: Sentence[]): ExtractedField<Participants> {
  for (const [i, s] of sentences.entries()) {
    const folded = foldForMatch(s.text);
    const m = INLINE.exec(folded);
    if (m && (m.index ?? 0) + m[0].length < s.text.length) {
      const rest = s.text.slice((m.index ?? 0) + m[0].length);
      return { value: build(rest.split(';')), source: sourceOf(s) };
    }
    if (s.wholeLine && (HEADING.test(folded) || (m && (m.index ?? 0) + m[0].length >= s.text.length))) {
      // Bullet lines under the heading, each line one group (a line may hold several sentences).
      const items: Sentence[] = [];
      const groups: string[] = [];
      for (const next of sentences.slice(i + 1)) {
        const prev = items[items.length - 1];
        if (prev && next.line === prev.line) {
          groups[groups.length - 1] += ` ${next.text}`;
        } else if (/^\s*(?:[-+•*]|[a-zđ]\))\s*/u.test(next.text)) {
          groups.push(next.text);
        } else break;
        items.push(next);
      }
      const last = items[items.length - 1];
      if (last) return { value: build(groups), source: sourceOfRange(text, s, last) };
    }
  }
  return null;
}
