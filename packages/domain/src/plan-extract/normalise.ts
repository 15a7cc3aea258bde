/**
 * Turns pasted or converted text into the canonical form every extractor and every source offset uses:
 * mojibake repaired, NFC, invisible and look-alike characters cleaned, one trimmed line per paragraph,
 * web-page noise lines and repeated captions dropped.
 */
import { repairMojibake } from './mojibake.ts';
import { isNoiseLine } from './noise.ts';

// Zero-width characters, BOM, soft hyphen and U+FFFD carry no letter we could recover: remove them.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\ufffd]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f]/g;

export function normalisePlanText(raw: string): string {
  // Mojibake first: its Latin-1 characters would be decomposed by NFC/NFD handling.
  const cleaned = repairMojibake(raw)
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACE, ' ')
    .replace(CONTROL, '')
    // The Icelandic eth (U+00D0/U+00F0) is a frequent stand-in for Đ/đ in badly converted files.
    .replace(/Ð/g, 'Đ')
    .replace(/ð/g, 'đ');
  const lines: string[] = [];
  for (const rawLine of cleaned.split('\n')) {
    const line = rawLine.replace(/ {2,}/g, ' ').trim();
    if (isNoiseLine(line)) continue;
    // Pages often repeat a photo caption (alt text + caption): keep one copy.
    if (lines[lines.length - 1] === line) continue;
    lines.push(line);
  }
  return lines.join('\n');
}
