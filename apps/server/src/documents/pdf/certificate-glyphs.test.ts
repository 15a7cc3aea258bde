import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CertificateInput, certificateVerifyUrl, renderCertificates } from './certificate.ts';
import { notoSerif } from './fonts.ts';

/**
 * Certificates must show every Vietnamese letter with its marks. Text extraction hides missing glyphs
 * (the text layer keeps the code points even when the font draws nothing or a box), so this file checks
 * what is drawn: (1) every face of the embedded font has a real glyph for each of the 134 accented
 * letters of the alphabet, upper and lower case; (2) the page rasterised by pdftoppm (poppler-utils) has
 * more ink with the marks than the same certificate without them — blank glyphs (the pdf-lib subsetting
 * failure of docs/stack.md) would draw less.
 */

const VOWELS = 'aăâeêioôơuưy';
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/** Base letters with their own marks (ă â ê ô ơ ư đ) and every vowel with each of the five tones. */
const LOWER = [...'ăâêôơưđ', ...[...VOWELS].flatMap((v) => TONES.map((t) => `${v}${t}`.normalize('NFC')))];
const ALPHABET = [...LOWER, ...LOWER.map((c) => c.toUpperCase())];

/** Code point → glyph id from the TrueType `cmap` table (formats 4 and 12); 0 is .notdef. */
function glyphLookup(ttf: Buffer): (codePoint: number) => number {
  const tables = ttf.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16;
    if (ttf.toString('latin1', rec, rec + 4) === 'cmap') cmap = ttf.readUInt32BE(rec + 8);
  }
  if (cmap < 0) throw new Error('no cmap table');
  const subtables = ttf.readUInt16BE(cmap + 2);
  const offsets: number[] = [];
  for (let i = 0; i < subtables; i++) offsets.push(cmap + ttf.readUInt32BE(cmap + 4 + i * 8 + 4));
  const f12 = offsets.find((o) => ttf.readUInt16BE(o) === 12);
  if (f12 !== undefined) {
    const groups = ttf.readUInt32BE(f12 + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const p = f12 + 16 + g * 12;
        const start = ttf.readUInt32BE(p);
        if (cp >= start && cp <= ttf.readUInt32BE(p + 4)) return ttf.readUInt32BE(p + 8) + cp - start;
      }
      return 0;
    };
  }
  const f4 = offsets.find((o) => ttf.readUInt16BE(o) === 4);
  if (f4 === undefined) throw new Error('no cmap subtable of format 4 or 12');
  const segs = ttf.readUInt16BE(f4 + 6) / 2;
  const ends = f4 + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const ranges = deltas + segs * 2;
  return (cp) => {
    for (let s = 0; s < segs; s++) {
      if (cp > ttf.readUInt16BE(ends + s * 2)) continue;
      const start = ttf.readUInt16BE(starts + s * 2);
      if (cp < start) return 0;
      const delta = ttf.readInt16BE(deltas + s * 2);
      const range = ttf.readUInt16BE(ranges + s * 2);
      if (range === 0) return (cp + delta) & 0xffff;
      const g = ttf.readUInt16BE(ranges + s * 2 + range + (cp - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

const work = mkdtempSync(path.join(tmpdir(), 'vinhdanh-cert-glyphs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Page 1 rasterised in grey at 100 dpi; the number of dark pixels (value < 128). */
function inkOfFirstPage(pdf: Buffer, name: string): number {
  const file = path.join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  const res = spawnSync(
    'pdftoppm',
    ['-gray', '-r', '100', '-f', '1', '-l', '1', file, path.join(work, name)],
    {
      encoding: 'utf8',
    },
  );
  if (res.error || res.status !== 0)
    throw new Error(
      `pdftoppm failed (${res.error?.message ?? res.stderr}); install it: apt-get install -y poppler-utils`,
    );
  const pgm = readFileSync(path.join(work, `${name}-1.pgm`));
  // Binary PGM: "P5 <width> <height> <max>" then one byte a pixel.
  const header = pgm.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('pdftoppm did not write a binary PGM');
  const pixels = pgm.subarray(header[0].length);
  expect(pixels.length).toBe(Number(header[1]) * Number(header[2]));
  let dark = 0;
  for (const v of pixels) if (v < 128) dark++;
  return dark;
}

function certificate(text: (s: string) => string): CertificateInput {
  return {
    kind: 'bang_khen',
    issuerLines: [text('Chủ tịch Ủy ban nhân dân tỉnh Hồng Lam')],
    formTitle: text('BẰNG KHEN'),
    recipientName: text('Nguyễn Thị Ánh Tuyết'),
    recipientUnit: text('Trường Tiểu học Ỷ Lan, xã Đức Ưng'),
    achievementLine: text(`Đã có thành tích xuất sắc: ${LOWER.join('')}`),
    decisionNumber: text('123/QĐ-UBND'),
    decisionDate: '2025-12-20',
    registryNo: '2025/457',
    place: text('Hồng Lam'),
    signDate: '2026-01-05',
    signerTitle: [text('KT. Chủ tịch'), text('Phó Chủ tịch')],
    signerName: text('Phạm Đức Ấn'),
    verifyUrl: certificateVerifyUrl('https://vinhdanh.example.vn/', 'HL25-BK-0001'),
    certificateCode: 'HL25-BK-0001',
  };
}

/** The same text with every mark removed (and đ → d): what a Latin-only font would manage. */
const bare = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

describe('certificate glyphs', () => {
  it('the alphabet under test has the 134 accented letters (67 lower, 67 upper)', () => {
    expect(LOWER).toHaveLength(67);
    expect(new Set(ALPHABET).size).toBe(134);
    for (const c of ALPHABET) expect([...c], c).toHaveLength(1);
  });

  it.each(Object.keys(notoSerif()) as (keyof ReturnType<typeof notoSerif>)[])(
    'Noto Serif %s has a glyph for every accented Vietnamese letter',
    (face) => {
      const glyph = glyphLookup(notoSerif()[face]);
      const missing = ALPHABET.filter((c) => glyph(c.codePointAt(0) ?? 0) === 0);
      expect(missing).toEqual([]);
      // The lookup itself finds nothing for a code point the font lacks (a CJK ideograph).
      expect(glyph(0x4e2d)).toBe(0);
    },
  );

  it('the rasterised page draws the marks: more ink with diacritics than without', async () => {
    const marked = inkOfFirstPage(await renderCertificates([certificate((s) => s)]), 'marked');
    const plain = inkOfFirstPage(await renderCertificates([certificate(bare)]), 'plain');
    expect(plain).toBeGreaterThan(1000);
    // 67 extra marks in the achievement line alone, plus those of every other line: about 1,200 more
    // dark pixels at 100 dpi (border, emblem and QR code are the same in both).
    expect(marked - plain).toBeGreaterThan(600);
  });
});
