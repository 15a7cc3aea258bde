import { inflateSync } from 'node:zlib';

/**
 * A small reader for the PDFs this server writes (pdfkit output), for tests and benchmarks without
 * poppler: objects, page count, embedded font names, the text layer of uncompressed documents (decoded
 * through each font's ToUnicode map) and raw images. Not a general PDF parser.
 */
export interface PdfObject {
  id: number;
  dict: string;
  stream: Buffer | null;
}

export function pdfObjects(pdf: Buffer): PdfObject[] {
  const s = pdf.toString('latin1');
  const out: PdfObject[] = [];
  const re = /(\d+) 0 obj\s*/g;
  let m: RegExpExecArray | null = re.exec(s);
  while (m) {
    const start = re.lastIndex;
    const end = s.indexOf('endobj', start);
    const body = s.slice(start, end);
    const streamAt = body.indexOf('stream');
    let dict = body;
    let stream: Buffer | null = null;
    const len = /\/Length (\d+)/.exec(body);
    if (streamAt >= 0 && len && body.slice(0, streamAt).includes('>>')) {
      dict = body.slice(0, streamAt);
      const dataStart = start + streamAt + 'stream'.length + (s[start + streamAt + 6] === '\r' ? 2 : 1);
      stream = pdf.subarray(dataStart, dataStart + Number(len[1]));
    }
    out.push({ id: Number(m[1]), dict, stream });
    re.lastIndex = end + 6;
    m = re.exec(s);
  }
  return out;
}

export function pdfPageCount(pdf: Buffer): number {
  return pdfObjects(pdf).filter((o) => /\/Type \/Page\b(?!s)/.test(o.dict)).length;
}

/** /BaseFont names of the embedded fonts, e.g. "BZZZZZ+NotoSerif-Bold". */
export function pdfFontNames(pdf: Buffer): string[] {
  const names = new Set<string>();
  for (const m of pdf.toString('latin1').matchAll(/\/(?:BaseFont|FontName) \/([^\s/<>[\]]+)/g))
    names.add(m[1] ?? '');
  return [...names].sort();
}

function streamData(o: PdfObject): Buffer {
  if (!o.stream) return Buffer.alloc(0);
  return /\/Filter \/FlateDecode/.test(o.dict) ? inflateSync(o.stream) : o.stream;
}

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const r of cmap.matchAll(/<([0-9a-fA-F]+)> <([0-9a-fA-F]+)> \[([^\]]*)\]/g)) {
    const start = Number.parseInt(r[1] ?? '0', 16);
    const targets = [...(r[3] ?? '').matchAll(/<([0-9a-fA-F ]+)>/g)];
    targets.forEach((t, k) => {
      const units = (t[1] ?? '').split(' ').map((h) => Number.parseInt(h, 16));
      map.set(start + k, String.fromCharCode(...units));
    });
  }
  return map;
}

/** Text of each page, in drawing order, whitespace collapsed (needs `compress: false` content streams). */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = pdfObjects(pdf);
  const byId = new Map(objects.map((o) => [o.id, o]));
  const fontMaps = new Map<string, Map<number, string>>();
  for (const o of objects) {
    const fonts = /\/Font <<([^>]*)>>/.exec(o.dict);
    if (!fonts) continue;
    for (const f of (fonts[1] ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const name = f[1] ?? '';
      if (fontMaps.has(name)) continue;
      const font = byId.get(Number(f[2]));
      const tu = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict);
      const cmap = tu && byId.get(Number(tu[1]));
      if (cmap) fontMaps.set(name, toUnicodeMap(streamData(cmap).toString('latin1')));
    }
  }
  const pages = objects.filter((o) => /\/Type \/Page\b(?!s)/.test(o.dict));
  return pages.map((p) => {
    const refs = /\/Contents (\d+) 0 R/.exec(p.dict);
    const content = refs ? streamData(byId.get(Number(refs[1])) as PdfObject).toString('latin1') : '';
    let font: Map<number, string> | undefined;
    let text = '';
    let lineY: string | null = null;
    // Words carry their own trailing spaces; a new baseline starts a new line.
    for (const t of content.matchAll(/ ([-\d.]+) Tm|\/(\w+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (t[1] !== undefined) {
        if (lineY !== null && t[1] !== lineY) text += ' ';
        lineY = t[1];
      } else if (t[2]) font = fontMaps.get(t[2]);
      else if (t[3] !== undefined && font) {
        for (const h of t[3].matchAll(/<([0-9a-fA-F]*)>/g)) {
          const hex = h[1] ?? '';
          for (let i = 0; i + 4 <= hex.length; i += 4)
            text += font.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? '\ufffd';
        }
      }
    }
    return text.replace(/\s+/g, ' ').trim();
  });
}

export interface PdfImage {
  width: number;
  height: number;
  colorSpace: string;
  /** Decoded samples (8 bits per component). */
  pixels: Buffer;
}

/** Undoes the PNG row filters of a /Predictor ≥ 10 stream (8 bits per component). */
function unpredict(dict: string, data: Buffer): Buffer {
  const predictor = Number(/\/Predictor (\d+)/.exec(dict)?.[1] ?? 1);
  if (predictor < 10) return data;
  const bpp = Number(/\/Colors (\d+)/.exec(dict)?.[1] ?? 1);
  const row = Number(/\/Columns (\d+)/.exec(dict)?.[1]) * bpp;
  const rows = data.length / (row + 1);
  const out = Buffer.alloc(row * rows);
  for (let y = 0; y < rows; y++) {
    const filter = data[y * (row + 1)];
    for (let x = 0; x < row; x++) {
      const v = data[y * (row + 1) + 1 + x] ?? 0;
      const a = x >= bpp ? (out[y * row + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * row + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[(y - 1) * row + x - bpp] ?? 0) : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter ?? 0] ?? 0;
      out[y * row + x] = (v + pred) & 0xff;
    }
  }
  return out;
}

/** Image XObjects (soft masks excluded), decoded: deflate and PNG predictors undone. */
export function pdfImages(pdf: Buffer): PdfImage[] {
  const objects = pdfObjects(pdf);
  const byId = new Map(objects.map((o) => [o.id, o]));
  // pdfkit writes /DecodeParms as an indirect object: read the predictor there.
  const parms = (dict: string) => {
    const ref = /\/DecodeParms (\d+) 0 R/.exec(dict);
    return ref ? `${dict} ${byId.get(Number(ref[1]))?.dict ?? ''}` : dict;
  };
  const masks = new Set(
    objects.flatMap((o) => [...o.dict.matchAll(/\/SMask (\d+) 0 R/g)].map((m) => Number(m[1]))),
  );
  return objects
    .filter((o) => /\/Subtype \/Image/.test(o.dict) && !masks.has(o.id))
    .map((o) => ({
      width: Number(/\/Width (\d+)/.exec(o.dict)?.[1]),
      height: Number(/\/Height (\d+)/.exec(o.dict)?.[1]),
      colorSpace: /\/ColorSpace \/(\w+)/.exec(o.dict)?.[1] ?? '',
      pixels: unpredict(parms(o.dict), streamData(o)),
    }));
}
