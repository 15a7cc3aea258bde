/**
 * Vietnamese text helpers: accent-insensitive folding, name splitting and a byte-sortable key that
 * orders people the Vietnamese way (by given name, then middle names, then family name).
 */

const D_MAP: Record<string, string> = { đ: 'd', Đ: 'D', Ð: 'D', ð: 'd' };

/** Strips tone and vowel marks and maps đ/Đ (and the look-alike Ð U+00D0) to d/D. */
export function foldDiacritics(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐÐð]/g, (ch) => D_MAP[ch] ?? ch);
}

/** Folded, lower-cased, single-spaced: what search compares. "Nguyễn  Văn Ân" → "nguyen van an". */
export function toSearchText(input: string): string {
  return foldDiacritics(input).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Collapses whitespace and puts each word in NFC with an upper-case first letter. */
export function normalizePersonName(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
}

export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

/** "Nguyễn Thị Minh Khai" → { family: "Nguyễn", middle: "Thị Minh", given: "Khai" }. */
export function splitVietnameseName(fullName: string): NameParts {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] ?? '' };
  return {
    family: words[0] ?? '',
    middle: words.slice(1, -1).join(' '),
    given: words[words.length - 1] ?? '',
  };
}

// The Vietnamese alphabet order (a ă â b c d đ e ê …) as primary weights; tones are secondary.
const ALPHABET = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');
const BASE_WEIGHT = new Map(ALPHABET.map((ch, i) => [ch, String.fromCharCode(0x41 + i)]));
// Traditional tone order: ngang, huyền, hỏi, ngã, sắc, nặng.
const TONE_WEIGHT: Record<string, string> = {
  '\u0300': '1',
  '\u0309': '2',
  '\u0303': '3',
  '\u0301': '4',
  '\u0323': '5',
};
const VOWEL_MARKS: Record<string, string> = { '\u0306': 'ă', '\u0302': 'â', '\u031b': 'ơ' };

function letterKey(word: string): { primary: string; tones: string } {
  let primary = '';
  let tones = '';
  for (const ch of word.toLocaleLowerCase('vi').normalize('NFC')) {
    const parts = ch.normalize('NFD');
    let base = parts.charAt(0);
    let tone = '0';
    for (const mark of parts.slice(1)) {
      if (TONE_WEIGHT[mark]) tone = TONE_WEIGHT[mark];
      else if (mark === '\u0302') base = base === 'a' ? 'â' : base === 'e' ? 'ê' : 'ô';
      else if (VOWEL_MARKS[mark]) base = base === 'u' ? 'ư' : (VOWEL_MARKS[mark] ?? base);
    }
    if (ch === 'đ') base = 'đ';
    primary += BASE_WEIGHT.get(base) ?? base;
    tones += tone;
  }
  return { primary, tones };
}

/**
 * A key whose plain byte order (COLLATE "C") is the Vietnamese order of people's names: the given name
 * first, then the middle names, then the family name. Each word is compared whole — letters in the
 * Vietnamese alphabet, then tones — before the next word (Anh < Ánh < Ân < Bình, whatever the family name).
 */
export function vietnameseNameSortKey(fullName: string): string {
  const { family, middle, given } = splitVietnameseName(fullName);
  const words = [given, ...middle.split(' ').filter(Boolean), family].filter(Boolean);
  return words
    .map((w) => {
      const k = letterKey(w);
      return `${k.primary}!${k.tones}`;
    })
    .join(' ');
}

const collator = new Intl.Collator('vi', { sensitivity: 'base' });

/** Compares two full names in Vietnamese order (given name, middle, family). */
export function compareVietnameseNames(a: string, b: string): number {
  const ka = vietnameseNameSortKey(a);
  const kb = vietnameseNameSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : collator.compare(a, b);
}

/** dd/MM/yyyy from an ISO date (YYYY-MM-DD…), without time-zone surprises. */
export function formatViDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** Parses dd/MM/yyyy (also d/M/yyyy, dd-MM-yyyy) into ISO YYYY-MM-DD; null when not a real date. */
export function parseViDate(input: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(input);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
