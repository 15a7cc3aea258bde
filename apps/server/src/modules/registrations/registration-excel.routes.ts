import { registrationUpsertResponse } from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { XLSX_MIME } from '../../documents/xlsx/xlsx-templates.ts';
import { AppError } from '../../lib/app-error.ts';
import { requirePermission } from '../../lib/policy.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { readRegistrationFile, writeRegistrationTemplate } from './registration-excel.ts';
import { upsertRegistrations } from './registration-upsert.service.ts';

const tags = ['registrations'];
const importQuery = z.object({
  year: z.coerce.number().int().min(1975).max(2100),
  movementId: z.coerce.number().int().positive().optional(),
});

export function registrationExcelRoutes(app: FastifyInstance, { database, clock }: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  api.get(
    '/registrations/template',
    { schema: { tags, summary: 'Tải mẫu Excel đăng ký thi đua' } },
    async (req, reply) => {
      ctxOf(req, clock);
      const stream = new PassThrough();
      writeRegistrationTemplate(stream).catch((err) => stream.destroy(err as Error));
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', 'attachment; filename="mau-dang-ky-thi-dua.xlsx"')
        .send(stream);
    },
  );
  api.post(
    '/registrations/import',
    {
      schema: {
        tags,
        summary: 'Nhập bảng đăng ký từ Excel (tất cả hoặc không; trường "file")',
        querystring: importQuery,
        consumes: ['multipart/form-data'],
        response: { 200: registrationUpsertResponse },
      },
    },
    async (req) => {
      const ctx = ctxOf(req, clock);
      requirePermission(ctx.actor, 'registration.write');
      const part = req.isMultipart() ? await req.file() : undefined;
      if (part?.fieldname !== 'file')
        throw new AppError(
          'IMPORT_INVALID_FILE',
          { field: 'file' },
          'Hãy chọn tệp Excel (.xlsx) ở trường "file".',
        );
      const rows = await readRegistrationFile(db, part.filename, await part.toBuffer());
      if (rows.length === 0) throw new AppError('IMPORT_HAS_ERRORS', {}, 'Tệp không có dòng đăng ký nào.');
      return upsertRegistrations(db, ctx, {
        year: req.query.year,
        movementId: req.query.movementId ?? null,
        rows: rows.map(({ row: _r, ...r }) => ({ ...r, note: null })),
      });
    },
  );
}
