import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../lib/app-error.ts';
import { isZip } from './file-types.ts';

const MAX_XML_BYTES = 50 * 1024 * 1024;
const bad = (message: string) => new AppError('PLAN_TEXT_INVALID', { field: 'file' }, message);

/**
 * Reads one member of a zip archive through its central directory (enough for a .docx: no encryption,
 * no zip64), inflating with a size cap so a zip bomb cannot exhaust memory.
 */
function readZipEntry(zip: Buffer, wanted: string): Buffer | null {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--)
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw bad('Tệp .docx bị hỏng (không đọc được mục lục tệp nén).');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count && p + 46 <= zip.length; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) break;
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const skip = nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + skip;
    if (name !== wanted) continue;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw bad('Tệp .docx bị hỏng.');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    try {
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data, { maxOutputLength: MAX_XML_BYTES });
    } catch {
      throw bad('Tệp .docx bị hỏng hoặc quá lớn.');
    }
    throw bad('Tệp .docx dùng kiểu nén không hỗ trợ.');
  }
  return null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of a Word document: one line per paragraph, tabs and breaks kept, markup dropped. */
export function docxToText(bytes: Buffer): string {
  if (!isZip(bytes)) throw bad('Tệp không phải là tài liệu Word (.docx) hợp lệ.');
  const xml = readZipEntry(bytes, 'word/document.xml');
  if (!xml) throw bad('Tệp .docx không có nội dung văn bản (thiếu word/document.xml).');
  return xml
    .toString('utf8')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br[^>]*\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) => {
      if (e[0] !== '#') return ENTITIES[e] ?? m;
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    });
}
