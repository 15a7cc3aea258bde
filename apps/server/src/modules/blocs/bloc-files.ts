import type { attachmentSchema } from '@vinhdanh/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DbOrTx } from '../../db/client.ts';
import { attachment } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import type { z } from 'zod';

/** Owner types of the files this feature stores in `attachment`. */
export type FileOwner = 'bloc' | 'pact' | 'assessment';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const isZip = (b: Buffer) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** Evidence and bloc papers: scans (PDF, JPG, PNG) and office files (DOCX, XLSX), checked by content. */
const TYPES: { ext: RegExp; mime: string; magic: (b: Buffer) => boolean }[] = [
  { ext: /\.pdf$/i, mime: 'application/pdf', magic: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  { ext: /\.jpe?g$/i, mime: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: /\.png$/i, mime: 'image/png', magic: (b) => b.subarray(0, 8).equals(PNG) },
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
];
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The MIME type to store, from the extension AND the first bytes; anything else is refused. */
export function checkFile(fileName: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new AppError('BAD_REQUEST', { field: 'file' }, 'Tệp tải lên rỗng.');
  if (bytes.length > MAX_FILE_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', { maxBytes: MAX_FILE_BYTES }, 'Tệp vượt quá 20 MB.');
  const type = TYPES.find((t) => t.ext.test(fileName.trim()));
  if (!type) throw new AppError('ATTACHMENT_NOT_ALLOWED', { fileName });
  if (!type.magic(bytes))
    throw new AppError(
      'ATTACHMENT_NOT_ALLOWED',
      { fileName },
      `Nội dung tệp "${fileName}" không đúng với định dạng của phần mở rộng.`,
    );
  return type.mime;
}

/** Reads the single multipart part named "file". */
export async function readUpload(req: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  const part = await req.file();
  if (part?.fieldname !== 'file')
    throw new AppError('BAD_REQUEST', { field: 'file' }, 'Hãy chọn tệp ở trường "file".');
  return { fileName: part.filename, bytes: await part.toBuffer() };
}

const info = {
  id: attachment.id,
  fileName: attachment.fileName,
  mimeType: attachment.mimeType,
  size: attachment.size,
  createdAt: attachment.createdAt,
};

export function presentFile(r: {
  id: number;
  fileName: string;
  mimeType: string;
  size: number;
  createdAt: Date;
}) {
  return {
    id: r.id,
    fileName: r.fileName,
    mimeType: r.mimeType,
    size: r.size,
    createdAt: r.createdAt.toISOString(),
  } satisfies z.infer<typeof attachmentSchema>;
}

export async function storeFile(
  tx: DbOrTx,
  ctx: Ctx,
  owner: FileOwner,
  ownerId: number,
  file: { fileName: string; bytes: Buffer },
) {
  const mimeType = checkFile(file.fileName, file.bytes);
  const [row] = await tx
    .insert(attachment)
    .values({
      ownerType: owner,
      ownerId,
      fileName: file.fileName.trim(),
      mimeType,
      size: file.bytes.length,
      content: file.bytes,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    })
    .returning(info);
  return row!;
}

export async function listFiles(tx: DbOrTx, owner: FileOwner, ownerId: number) {
  return tx
    .select(info)
    .from(attachment)
    .where(and(eq(attachment.ownerType, owner), eq(attachment.ownerId, ownerId)))
    .orderBy(asc(attachment.id));
}

/** A file with its content, only when it belongs to the given owner (else 404). */
export async function loadFile(tx: DbOrTx, owner: FileOwner, ownerId: number, id: number) {
  const [row] = await tx
    .select()
    .from(attachment)
    .where(and(eq(attachment.id, id), eq(attachment.ownerType, owner), eq(attachment.ownerId, ownerId)));
  if (!row) throw new AppError('NOT_FOUND', { entity: 'attachment', id });
  return row;
}

export function sendFile(reply: FastifyReply, file: { fileName: string; mimeType: string; content: Buffer }) {
  const encoded = encodeURIComponent(file.fileName);
  return reply
    .type(file.mimeType)
    .header('content-disposition', `attachment; filename="${encoded}"; filename*=UTF-8''${encoded}`)
    .send(file.content);
}
