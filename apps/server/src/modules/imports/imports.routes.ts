import { importJobSchema, importKindSchema } from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { XLSX_MIME } from '../../documents/xlsx/xlsx-templates.ts';
import { AppError } from '../../lib/app-error.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { exportFileName, startExport } from './export.service.ts';
import { templateFileName, writeImportTemplate } from './import-templates.ts';
import { applyImport, getImportJob, startImport } from './import.service.ts';
import { PassThrough } from 'node:stream';

const tags = ['imports'];
const kindParam = z.object({ kind: importKindSchema });
const jobParam = z.object({ id: z.string().uuid() });
const attachment = (name: string) => `attachment; filename="${name}"`;

export function importRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { clock } = deps;

  api.get(
    '/imports/templates/:kind',
    { schema: { tags, summary: 'Tải mẫu Excel nhập dữ liệu', params: kindParam } },
    async (req, reply) => {
      ctxOf(req, clock);
      const stream = new PassThrough();
      writeImportTemplate(req.params.kind, stream).catch((err) => stream.destroy(err as Error));
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', attachment(templateFileName(req.params.kind)))
        .send(stream);
    },
  );

  api.post(
    '/imports/:kind',
    {
      schema: {
        tags,
        summary: 'Tải lên tệp Excel và xem trước (multipart, trường "file")',
        params: kindParam,
        consumes: ['multipart/form-data'],
        response: { 200: importJobSchema },
      },
    },
    async (req) => {
      const ctx = ctxOf(req, clock);
      const part = await req.file();
      if (part?.fieldname !== 'file')
        throw new AppError(
          'IMPORT_INVALID_FILE',
          { field: 'file' },
          'Hãy chọn tệp Excel (.xlsx) ở trường "file".',
        );
      const bytes = await part.toBuffer();
      return startImport(deps, ctx, req.params.kind, part.filename, bytes);
    },
  );

  api.get(
    '/imports/:id',
    {
      schema: {
        tags,
        summary: 'Trạng thái và kết quả xem trước của lượt nhập',
        params: jobParam,
        response: { 200: importJobSchema },
      },
    },
    (req) => getImportJob(deps, ctxOf(req, clock), req.params.id),
  );

  api.post(
    '/imports/:id/apply',
    {
      schema: {
        tags,
        summary: 'Ghi dữ liệu của lượt nhập (tất cả hoặc không)',
        params: jobParam,
        response: { 200: importJobSchema },
      },
    },
    (req) => applyImport(deps, ctxOf(req, clock), req.params.id),
  );

  api.get(
    '/exports/:kind',
    {
      schema: {
        tags,
        summary: 'Xuất Excel theo mẫu nhập (trong phạm vi được xem)',
        params: kindParam,
        querystring: z.object({ unitId: z.coerce.number().int().positive().optional() }),
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req, clock);
      const stream = await startExport(deps, ctx, req.params.kind, { unitId: req.query.unitId });
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', attachment(exportFileName(req.params.kind, ctx.now)))
        .send(stream);
    },
  );
}
