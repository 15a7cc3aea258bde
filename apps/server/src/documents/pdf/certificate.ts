import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import QRCode from 'qrcode';
import { notoSerif } from './fonts.ts';

/**
 * Certificates (Bằng khen, Giấy khen, emulation titles) as PDF: A4 landscape, one page per awardee, in
 * the official layout — emblem area (a drawn placeholder, no image), national motto, issuer line, the
 * form's name, "Tặng" and the recipient, the achievement, decision number and date, the golden-book
 * number, place-date and signer, a QR code to the public verification page, a decorative border.
 * Pure: no database, no clock; every printed fact comes in the input.
 */
export type CertificateKind = 'bang_khen' | 'giay_khen' | 'title';

export interface CertificateInput {
  kind: CertificateKind;
  /** e.g. ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HỒNG LAM"]; printed in capitals. */
  issuerLines: string[];
  /** "BẰNG KHEN", "GIẤY KHEN" or the title's name ("CHIẾN SĨ THI ĐUA CẤP TỈNH"). */
  formTitle: string;
  recipientName: string;
  recipientUnit: string | null;
  /** "Đã có thành tích xuất sắc trong phong trào thi đua … năm 2025". */
  achievementLine: string;
  /** "123/QĐ-UBND". */
  decisionNumber: string;
  /** ISO date (yyyy-MM-dd). */
  decisionDate: string;
  registryNo: string | null;
  /** Place name of the signing date line ("Hồng Lam"). */
  place: string;
  /** ISO date (yyyy-MM-dd). */
  signDate: string;
  /** One or more lines ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"). */
  signerTitle: string[];
  signerName: string;
  verifyUrl: string;
  certificateCode: string;
}

export interface RenderOptions {
  /** Content streams deflated (default true); tests turn it off to read the text layer. */
  compress?: boolean;
}

/** Public verification address printed as the QR code. */
export function certificateVerifyUrl(publicBaseUrl: string, certificateCode: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/xac-minh/${encodeURIComponent(certificateCode)}`;
}

/** Pixels per QR module and quiet-zone width in modules of the QR image. */
export const QR_SCALE = 4;
export const QR_MARGIN = 1;

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The QR code of a verification address as an 8-bit greyscale PNG without alpha and with filter 0 on
 * every row: pdfkit embeds such a PNG's data as is (no decoding, no alpha split, no second deflate),
 * which keeps a 500-page batch cheap.
 */
export function qrPng(url: string): Buffer {
  const m = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
  const n = (m.size + 2 * QR_MARGIN) * QR_SCALE;
  const raw = Buffer.alloc((n + 1) * n, 255);
  for (let y = 0; y < n; y++) {
    raw[y * (n + 1)] = 0;
    const r = Math.floor(y / QR_SCALE) - QR_MARGIN;
    if (r < 0 || r >= m.size) continue;
    for (let x = 0; x < n; x++) {
      const c = Math.floor(x / QR_SCALE) - QR_MARGIN;
      if (c >= 0 && c < m.size && m.get(r, c)) raw[y * (n + 1) + 1 + x] = 0;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8 bits, greyscale, deflate, filter method 0, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The QR code image as a data URL, as pdfmake takes images. */
export function qrPngDataUrl(url: string): string {
  return `data:image/png;base64,${qrPng(url).toString('base64')}`;
}

/** "20/12/2025". */
export function formatDmy(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** "ngày 05 tháng 01 năm 2026" — day below 10 and months 1–2 take a leading zero (NĐ 30/2020). */
export function formatLongDate(iso: string): string {
  const [y = 0, m = 0, d = 0] = iso
    .slice(0, 10)
    .split('-')
    .map((s) => Number(s));
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m < 3 ? `0${m}` : String(m);
  return `ngày ${dd} tháng ${mm} năm ${y}`;
}

const W = 841.89;
const H = 595.28;
const FONT = 'NotoSerif';

const PALETTE: Record<CertificateKind, { frame: string; title: string; ornament: string }> = {
  bang_khen: { frame: '#a3161a', title: '#c0141b', ornament: '#c9a227' },
  giay_khen: { frame: '#1c4e8a', title: '#b3161b', ornament: '#c9a227' },
  title: { frame: '#8a1c1c', title: '#b3161b', ornament: '#c9a227' },
};

let fontsRegistered = false;
function registerFonts(): void {
  if (fontsRegistered) return;
  const f = notoSerif();
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } })
    .virtualfs;
  vfs.writeFileSync('NotoSerif-Regular.ttf', f.normal);
  vfs.writeFileSync('NotoSerif-Bold.ttf', f.bold);
  vfs.writeFileSync('NotoSerif-Italic.ttf', f.italics);
  vfs.writeFileSync('NotoSerif-BoldItalic.ttf', f.bolditalics);
  pdfmake.addFonts({
    [FONT]: {
      normal: 'NotoSerif-Regular.ttf',
      bold: 'NotoSerif-Bold.ttf',
      italics: 'NotoSerif-Italic.ttf',
      bolditalics: 'NotoSerif-BoldItalic.ttf',
    },
  });
  // Everything is in the virtual file system: no network and no local file access for documents.
  pdfmake.setUrlAccessPolicy(() => false);
  (pdfmake as unknown as { setLocalAccessPolicy(cb: (p: string) => boolean): void }).setLocalAccessPolicy(
    () => false,
  );
  fontsRegistered = true;
}

/** Double frame with corner ornaments, the same on every page. */
function border(kind: CertificateKind): Content {
  const c = PALETTE[kind];
  const o = 16;
  const i = 25;
  const corner = (x: number, y: number) => [
    {
      type: 'polyline' as const,
      closePath: true,
      points: [
        { x, y: y - 9 },
        { x: x + 9, y },
        { x, y: y + 9 },
        { x: x - 9, y },
      ],
      color: c.ornament,
      lineColor: c.frame,
      lineWidth: 1,
    },
    { type: 'ellipse' as const, x, y, r1: 2.5, r2: 2.5, color: c.frame },
  ];
  return {
    canvas: [
      { type: 'rect', x: o, y: o, w: W - 2 * o, h: H - 2 * o, lineWidth: 4, lineColor: c.frame },
      { type: 'rect', x: i, y: i, w: W - 2 * i, h: H - 2 * i, lineWidth: 1.2, lineColor: c.ornament },
      {
        type: 'rect',
        x: i + 4,
        y: i + 4,
        w: W - 2 * (i + 4),
        h: H - 2 * (i + 4),
        lineWidth: 0.5,
        lineColor: c.frame,
      },
      ...corner(i, i),
      ...corner(W - i, i),
      ...corner(i, H - i),
      ...corner(W - i, H - i),
    ],
  };
}

/** A drawn placeholder for the emblem: concentric circles and a five-pointed star (no artwork). */
function emblem(): Content {
  const cx = 34;
  const cy = 34;
  const star = Array.from({ length: 10 }, (_, k) => {
    const r = k % 2 === 0 ? 15 : 6;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    return { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
  });
  return {
    canvas: [
      {
        type: 'ellipse',
        x: cx,
        y: cy,
        r1: 33,
        r2: 33,
        color: '#e7c75a',
        lineColor: '#a07c12',
        lineWidth: 1.5,
      },
      { type: 'ellipse', x: cx, y: cy, r1: 24, r2: 24, color: '#c8161d', lineColor: '#a07c12', lineWidth: 1 },
      { type: 'polyline', closePath: true, points: star, color: '#f5d442' },
    ],
    absolutePosition: { x: W / 2 - 34, y: 38 },
  };
}

function page(item: CertificateInput, qr: string, first: boolean): Content {
  const c = PALETTE[item.kind];
  const title = item.formTitle.toLocaleUpperCase('vi');
  const titleSize = title.length <= 12 ? 44 : title.length <= 26 ? 32 : title.length <= 40 ? 26 : 21;
  // Long texts take smaller sizes so that the body always ends above the pinned footer.
  const issuerLong = item.issuerLines.some((l) => l.length > 62);
  const nameSize = item.recipientName.length <= 34 ? 25 : item.recipientName.length <= 48 ? 20 : 17;
  const unitLong = (item.recipientUnit ?? '').length > 80;
  const squeeze = (issuerLong ? 1 : 0) + (nameSize < 20 ? 1 : 0) + (unitLong ? 1 : 0);
  const maxChars = squeeze === 0 ? 400 : squeeze === 1 ? 330 : 260;
  const achievement =
    item.achievementLine.length > maxChars
      ? `${item.achievementLine.slice(0, maxChars - 1).replace(/\s+\S*$/, '')}…`
      : item.achievementLine;
  const achievementSize =
    achievement.length <= 160 - squeeze * 30 ? 15 : achievement.length <= 260 - squeeze * 40 ? 13 : 11;
  const decisionLine = `Quyết định số ${item.decisionNumber} ngày ${formatDmy(item.decisionDate)}`;
  const leftX = 72;
  const footerY = 420;
  return {
    pageBreak: first ? undefined : 'before',
    stack: [
      emblem(),
      {
        text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        bold: true,
        fontSize: 12,
        alignment: 'center',
      },
      {
        text: 'Độc lập - Tự do - Hạnh phúc',
        bold: true,
        fontSize: 12,
        alignment: 'center',
      },
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 170, y2: 0, lineWidth: 0.8 }],
        margin: [(W - 140 - 170) / 2, 2, 0, 8],
      },
      ...item.issuerLines.map(
        (l): Content => ({
          text: l.toLocaleUpperCase('vi'),
          bold: true,
          fontSize: issuerLong ? 12 : 14,
          alignment: 'center',
        }),
      ),
      {
        text: title,
        bold: true,
        fontSize: titleSize,
        color: c.title,
        alignment: 'center',
        characterSpacing: titleSize >= 40 ? 3 : 1,
        margin: [0, 4, 0, 2],
      },
      { text: 'Tặng', italics: true, fontSize: 16, alignment: 'center' },
      {
        text: item.recipientName,
        bold: true,
        fontSize: nameSize,
        color: '#1a2a6c',
        alignment: 'center',
        margin: [0, 2, 0, 0],
      },
      item.recipientUnit
        ? {
            text: item.recipientUnit,
            fontSize: unitLong ? 12 : 14,
            alignment: 'center',
            margin: [0, 1, 0, 0],
          }
        : { text: '' },
      {
        text: achievement,
        italics: true,
        fontSize: achievementSize,
        alignment: 'center',
        margin: [40, 6, 40, 0],
      },
      // Footer, pinned above the bottom border: decision reference and QR left, signature right.
      {
        absolutePosition: { x: leftX, y: footerY },
        stack: [
          { text: decisionLine, fontSize: 11 },
          { text: `Số sổ vàng: ${item.registryNo ?? '…………'}`, fontSize: 11, margin: [0, 2, 0, 6] },
          {
            columns: [
              { image: qr, width: 66, height: 66 },
              {
                width: 190,
                margin: [6, 14, 0, 0],
                stack: [
                  { text: 'Quét mã để xác minh', fontSize: 8, italics: true },
                  { text: `Mã: ${item.certificateCode}`, fontSize: 8.5, bold: true },
                ],
              },
            ],
          },
        ],
      },
      {
        absolutePosition: { x: W / 2 + 40, y: footerY - 8 },
        columns: [
          {
            width: W / 2 - 40 - leftX,
            stack: [
              {
                text: `${item.place}, ${formatLongDate(item.signDate)}`,
                italics: true,
                fontSize: 12,
                alignment: 'center',
              },
              ...item.signerTitle.map(
                (l): Content => ({
                  text: l.toLocaleUpperCase('vi'),
                  bold: true,
                  fontSize: 13,
                  alignment: 'center',
                }),
              ),
              { text: ' ', fontSize: 12, margin: [0, 0, 0, 36] },
              { text: item.signerName, bold: true, fontSize: 14, alignment: 'center' },
            ],
          },
        ],
      },
    ],
  };
}

async function definition(items: CertificateInput[], options: RenderOptions): Promise<TDocumentDefinitions> {
  const first = items[0];
  if (!first) throw new Error('renderCertificates: no certificate to render');
  registerFonts();
  const qrs = items.map((i) => qrPngDataUrl(i.verifyUrl));
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [70, 108, 70, 24],
    compress: options.compress ?? true,
    info: {
      title: items.length === 1 ? `Chứng nhận ${first.certificateCode}` : 'Chứng nhận khen thưởng',
      creator: 'VinhDanh',
    },
    defaultStyle: { font: FONT, fontSize: 12, lineHeight: 1.12 },
    background: (currentPage: number) => border((items[currentPage - 1] ?? first).kind),
    content: items.map((it, i) => page(it, qrs[i] ?? '', i === 0)),
  };
}

/** All certificates as one PDF, one A4 landscape page each. */
export async function renderCertificates(
  items: CertificateInput[],
  options: RenderOptions = {},
): Promise<Buffer> {
  const doc = pdfmake.createPdf(await definition(items, options));
  return (await doc.getBuffer()) as Buffer;
}

/**
 * The same PDF as a stream (pdfkit emits each page's bytes as soon as the page is closed), for the batch
 * download: the response starts before the last page is written out.
 */
export async function renderCertificatesStream(
  items: CertificateInput[],
  options: RenderOptions = {},
): Promise<Readable> {
  const doc = pdfmake.createPdf(await definition(items, options));
  const stream = (await doc.getStream()) as unknown as Readable & { end(): void };
  stream.end();
  return stream;
}

/**
 * The same PDF rendered in a worker thread: pdfmake's layout is synchronous (≈ 20–40 ms a page), so a
 * 500-page batch would otherwise block the server's event loop for every other request meanwhile.
 */
export function renderCertificatesInWorker(
  items: CertificateInput[],
  options: RenderOptions = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./certificate-worker.mjs', import.meta.url), {
      workerData: { items, options },
    });
    let done = false;
    worker.once('message', (data: ArrayBuffer) => {
      done = true;
      resolve(Buffer.from(data));
    });
    worker.once('error', (err) => {
      done = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`certificate worker exited with code ${code}`));
    });
  });
}
