import {
  attachmentSchema,
  blocYearParam,
  idParam,
  okSchema,
  pactBody,
  pactSchema,
  pactSignatureBody,
  withAbilities,
} from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { readUpload, sendFile } from './bloc-files.ts';
import {
  deleteBlocDocument,
  downloadBlocDocument,
  listBlocDocuments,
  uploadBlocDocument,
} from './bloc-documents.service.ts';
import {
  downloadSignedPact,
  getPact,
  putPact,
  signPact,
  unsignPact,
  uploadSignedPact,
} from './pact.service.ts';

const tags = ['blocs'];
const one = withAbilities(pactSchema);
const unitParam = blocYearParam.extend({ unitId: z.coerce.number().int().positive() });
const fileParam = idParam.extend({ fileId: z.coerce.number().int().positive() });
const upload = 'multipart/form-data, trường "file"; PDF, JPG, PNG, DOCX, XLSX, tối đa 20 MB';

/** The yearly pact (giao ước thi đua) with members' signatures and the signed scan; bloc documents. */
export function pactRoutes(app: FastifyInstance, { database, clock }: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  api.get(
    '/blocs/:id/pacts/:year',
    { schema: { tags, summary: 'Giao ước thi đua của năm', params: blocYearParam, response: { 200: one } } },
    (req) => getPact(db, ctxOf(req, clock), req.params.id, req.params.year),
  );
  api.put(
    '/blocs/:id/pacts/:year',
    {
      schema: {
        tags,
        summary: 'Lập / sửa giao ước thi đua',
        params: blocYearParam,
        body: pactBody,
        response: { 200: one },
      },
    },
    (req) => putPact(db, ctxOf(req, clock), req.params.id, req.params.year, req.body),
  );
  api.put(
    '/blocs/:id/pacts/:year/signatures/:unitId',
    {
      schema: {
        tags,
        summary: 'Ghi nhận đơn vị ký giao ước',
        params: unitParam,
        body: pactSignatureBody,
        response: { 200: one },
      },
    },
    (req) => signPact(db, ctxOf(req, clock), req.params.id, req.params.year, req.params.unitId, req.body),
  );
  api.delete(
    '/blocs/:id/pacts/:year/signatures/:unitId',
    { schema: { tags, summary: 'Hủy ghi nhận chữ ký', params: unitParam, response: { 200: one } } },
    (req) => unsignPact(db, ctxOf(req, clock), req.params.id, req.params.year, req.params.unitId),
  );
  api.post(
    '/blocs/:id/pacts/:year/file',
    {
      schema: {
        tags,
        summary: 'Tải lên bản giao ước đã ký',
        description: upload,
        params: blocYearParam,
        consumes: ['multipart/form-data'],
        response: { 200: one },
      },
    },
    async (req) => {
      const ctx = ctxOf(req, clock);
      return uploadSignedPact(db, ctx, req.params.id, req.params.year, await readUpload(req));
    },
  );
  api.get(
    '/blocs/:id/pacts/:year/file',
    { schema: { tags, summary: 'Tải về bản giao ước đã ký', params: blocYearParam } },
    async (req, reply) =>
      sendFile(reply, await downloadSignedPact(db, ctxOf(req, clock), req.params.id, req.params.year)),
  );
  api.get(
    '/blocs/:id/documents',
    {
      schema: {
        tags,
        summary: 'Tài liệu của khối',
        params: idParam,
        response: {
          200: z.object({ data: z.array(attachmentSchema), abilities: z.record(z.string(), z.boolean()) }),
        },
      },
    },
    (req) => listBlocDocuments(db, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/blocs/:id/documents',
    {
      schema: {
        tags,
        summary: 'Tải lên tài liệu của khối',
        description: upload,
        params: idParam,
        consumes: ['multipart/form-data'],
        response: { 200: attachmentSchema },
      },
    },
    async (req) => {
      const ctx = ctxOf(req, clock);
      return uploadBlocDocument(db, ctx, req.params.id, await readUpload(req));
    },
  );
  api.get(
    '/blocs/:id/documents/:fileId',
    { schema: { tags, summary: 'Tải về tài liệu của khối', params: fileParam } },
    async (req, reply) =>
      sendFile(reply, await downloadBlocDocument(db, ctxOf(req, clock), req.params.id, req.params.fileId)),
  );
  api.delete(
    '/blocs/:id/documents/:fileId',
    { schema: { tags, summary: 'Xóa tài liệu của khối', params: fileParam, response: { 200: okSchema } } },
    (req) => deleteBlocDocument(db, ctxOf(req, clock), req.params.id, req.params.fileId),
  );
}
