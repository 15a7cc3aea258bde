/**
 * Repairs UTF-8 text that was decoded as Windows-1252 / Latin-1 somewhere on its way from a web page
 * ("Káº¿ hoáº¡ch" → "Kế hoạch", "â€œ" → "“"). Only runs when a tell-tale sequence is present, and only
 * accepts decoded characters that belong in Vietnamese text, so genuine "Café" or "Ê" stay untouched.
 */

// Windows-1252 puts printable characters where Latin-1 has C1 controls; map them back to their bytes.
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

const SIGNATURE = /Ã[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|Ä[\u0080-\u00bf‘’]|Æ[°¡]|á[º»]|â€/;
const RUN = /[\u0080-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{2,}/g;

function toByte(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (code <= 0xff) return code;
  return CP1252[ch] ?? null;
}

// Latin letters with marks, the Vietnamese block, the combining marks Vietnamese NFD uses, punctuation.
function isPlausible(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x24f) ||
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    [0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31b, 0x323].includes(cp) ||
    (cp >= 0x2010 && cp <= 0x2026) ||
    cp === 0x20ac
  );
}

const isCont = (b: number | null | undefined): b is number => b != null && b >= 0x80 && b <= 0xbf;

function decodeRun(run: string): string {
  const bytes = Array.from(run, toByte);
  let out = '';
  let i = 0;
  while (i < run.length) {
    const b0 = bytes[i];
    const [b1, b2] = [bytes[i + 1], bytes[i + 2]];
    if (b0 != null && b0 >= 0xc2 && b0 <= 0xdf && isCont(b1)) {
      const cp = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
      if (isPlausible(cp)) {
        out += String.fromCharCode(cp);
        i += 2;
        continue;
      }
    }
    if (b0 != null && b0 >= 0xe0 && b0 <= 0xef && isCont(b1) && isCont(b2)) {
      const cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      if (cp >= 0x800 && isPlausible(cp)) {
        out += String.fromCharCode(cp);
        i += 3;
        continue;
      }
    }
    out += run.charAt(i);
    i += 1;
  }
  return out;
}

export function repairMojibake(text: string): string {
  if (!SIGNATURE.test(text)) return text;
  return text.replace(RUN, decodeRun);
}
