/**
 * Length-preserving folding for matching: lower case, no tone or vowel marks, đ → d. Because every
 * UTF-16 unit maps to exactly one unit, an offset found in the folded text is the same offset in the
 * original, so patterns can be written without diacritics ("ke hoach so") and still tolerate old/new
 * tone placement (hoá/hóa, Uỷ/Ủy) and texts typed without marks, while values are cut from the original.
 */

const cache = new Map<string, string>();

function foldUnit(ch: string): string {
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (ch === 'đ' || ch === 'Đ' || ch === 'Ð' || ch === 'ð') out = 'd';
  else {
    const base = ch.normalize('NFD').charAt(0);
    const lower = base.toLowerCase();
    out = lower.length === 1 ? lower : base;
  }
  cache.set(ch, out);
  return out;
}

// The same sentences and the whole text are folded by several extractors of one draft: remember them
// for the duration of one extraction (extractMovementDraft calls forgetFolds first).
const recent = new Map<string, string>();

export function forgetFolds(): void {
  recent.clear();
}

export function foldForMatch(text: string): string {
  const hit = recent.get(text);
  if (hit !== undefined) return hit;
  const out = foldAll(text);
  if (recent.size >= 512) recent.clear();
  recent.set(text, out);
  return out;
}

// Folded code units for the Basic Multilingual Plane (surrogate halves fold to themselves): filled on
// first use, 0 = not computed yet.
const TABLE = new Uint16Array(0x10000);

function foldCode(code: number): number {
  const known = TABLE[code]!;
  if (known !== 0) return known;
  const folded = foldUnit(String.fromCharCode(code)).charCodeAt(0);
  TABLE[code] = folded;
  return folded;
}

// Decoding the folded code units as UTF-16 is several times faster than String.fromCharCode over
// chunks; it needs a little-endian Uint16Array (every current platform) and must keep a leading BOM.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

function foldAll(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const known = TABLE[c]!;
    codes[i] = known !== 0 ? known : foldCode(c);
  }
  if (UTF16) return UTF16.decode(codes);
  // Chunked so that very long texts do not exceed the argument limit of fromCharCode.
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}
