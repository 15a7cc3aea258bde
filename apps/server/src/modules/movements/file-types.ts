import { AppError } from '../../lib/app-error.ts';

/** Attachments accepted on a movement: the plan, its annexes, photos, plain text. */
const TYPES: { ext: RegExp; mime: string; magic: (b: Buffer) => boolean }[] = [
  { ext: /\.pdf$/i, mime: 'application/pdf', magic: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  {
    ext: /\.docx$/i,
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: isZip,
  },
  {
    ext: /\.xlsx$/i,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: isZip,
  },
  { ext: /\.jpe?g$/i, mime: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: /\.png$/i, mime: 'image/png', magic: (b) => b.subarray(0, 8).equals(PNG) },
  { ext: /\.txt$/i, mime: 'text/plain; charset=utf-8', magic: (b) => decodeText(b) !== null },
];
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export function isZip(b: Buffer): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/**
 * Plain text as Vietnamese offices send it: UTF-8 (with or without BOM), or UTF-16 with a BOM (Notepad's
 * "Unicode"). Anything else, or text full of control characters, is not text: null.
 */
export function decodeText(b: Buffer): string | null {
  let s: string;
  try {
    if (b[0] === 0xff && b[1] === 0xfe)
      s = new TextDecoder('utf-16le', { fatal: true }).decode(b.subarray(2));
    else if (b[0] === 0xfe && b[1] === 0xff)
      s = new TextDecoder('utf-16be', { fatal: true }).decode(b.subarray(2));
    else s = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(b);
  } catch {
    return null;
  }
  return looksLikeText(s) ? s : null;
}

/** No NUL, and at most 1 % other control characters (tabs and line breaks aside). */
export function looksLikeText(s: string): boolean {
  if (s.includes('\u0000')) return false;
  const controls = s.match(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return controls <= Math.max(2, s.length / 100);
}

/** Checks an upload by extension AND content; returns the MIME type to store. */
export function checkAttachment(fileName: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new AppError('BAD_REQUEST', { field: 'file' }, 'Tệp tải lên rỗng.');
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', { maxBytes: MAX_ATTACHMENT_BYTES }, 'Tệp vượt quá 20 MB.');
  const type = TYPES.find((t) => t.ext.test(fileName.trim()));
  if (!type)
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      { fileName },
      'Chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx), ảnh JPG/PNG hoặc văn bản .txt.',
    );
  if (!type.magic(bytes))
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      { fileName },
      `Nội dung tệp "${fileName}" không đúng với định dạng của phần mở rộng.`,
    );
  return type.mime;
}
