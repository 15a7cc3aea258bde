import {
  appraiserOptionSchema,
  dossierAddNomineesBody,
  dossierCreateBody,
  dossierDetailSchema,
  dossierFileSchema,
  dossierGenerateBody,
  dossierListQuery,
  dossierListSchema,
  dossierTransitionBody,
  dossierUpdateBody,
  idParam,
  nomineeAppraiseBody,
  nomineeRemoveBody,
  nomineeUpdateBody,
  okSchema,
} from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';
import { ctxOf } from '../../plugins/auth.ts';
import {
  deleteDossierFile,
  downloadDossierFile,
  generateDocuments,
  nomineeListWorkbook,
  uploadDossierFile,
} from './dossier-documents.service.ts';
import { listDossiers } from './dossier-list.service.ts';
import {
  addNominees,
  createDossier,
  deleteDossier,
  dossierDetail,
  removeNominee,
  reverifyDossier,
  updateDossier,
  updateNominee,
} from './dossier.service.ts';
import { appraiseNominee, listAppraisers, transitionDossier } from './dossier-workflow.service.ts';

const tags = ['dossiers'];
const nomineeParam = z.object({
  id: z.coerce.number().int().positive(),
  nomineeId: z.coerce.number().int().positive(),
});
const fileParam = z.object({
  id: z.coerce.number().int().positive(),
  fileId: z.coerce.number().int().positive(),
});
const detail = { 200: dossierDetailSchema };

export function dossierRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { database, clock } = deps;
  const { db } = database;

  api.get(
    '/dossiers',
    {
      schema: {
        tags,
        summary: 'Hồ sơ đề nghị khen thưởng (lọc theo trạng thái, loại, đơn vị, năm, hạn; hộp thẩm định)',
        querystring: dossierListQuery,
        response: { 200: dossierListSchema },
      },
    },
    (req) => listDossiers(db, ctxOf(req, clock), req.query),
  );
  api.post(
    '/dossiers',
    {
      schema: {
        tags,
        summary: 'Tạo hồ sơ đề nghị (có thể kèm danh sách đối tượng, ví dụ từ đề xuất của hệ thống)',
        body: dossierCreateBody,
        response: { 201: dossierDetailSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await createDossier(database, ctxOf(req, clock), req.body)),
  );
  api.get(
    '/dossiers/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết hồ sơ, kết quả xét tự động, danh mục tài liệu, lịch sử',
        params: idParam,
        response: detail,
      },
    },
    (req) => dossierDetail(db, ctxOf(req, clock), req.params.id),
  );
  api.patch(
    '/dossiers/:id',
    {
      schema: {
        tags,
        summary: 'Sửa thông tin hồ sơ (khi đang soạn hoặc bị trả lại)',
        params: idParam,
        body: dossierUpdateBody,
        response: detail,
      },
    },
    (req) => updateDossier(database, ctxOf(req, clock), req.params.id, req.body),
  );
  api.delete(
    '/dossiers/:id',
    {
      schema: {
        tags,
        summary: 'Xóa hồ sơ đang soạn, chưa từng gửi',
        params: idParam,
        response: { 200: okSchema },
      },
    },
    (req) => deleteDossier(database, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/dossiers/:id/nominees',
    {
      schema: {
        tags,
        summary: 'Thêm đối tượng đề nghị (chọn từ danh bạ cá nhân, tập thể)',
        params: idParam,
        body: dossierAddNomineesBody,
        response: detail,
      },
    },
    (req) => addNominees(database, ctxOf(req, clock), req.params.id, req.body),
  );
  api.patch(
    '/dossiers/:id/nominees/:nomineeId',
    {
      schema: {
        tags,
        summary: 'Sửa tóm tắt thành tích, giải trình của đối tượng',
        params: nomineeParam,
        body: nomineeUpdateBody,
        response: detail,
      },
    },
    (req) => updateNominee(database, ctxOf(req, clock), req.params.id, req.params.nomineeId, req.body),
  );
  api.post(
    '/dossiers/:id/nominees/:nomineeId/remove',
    {
      schema: {
        tags,
        summary: 'Bỏ đối tượng khỏi hồ sơ (ghi lý do)',
        params: nomineeParam,
        body: nomineeRemoveBody,
        response: detail,
      },
    },
    (req) => removeNominee(database, ctxOf(req, clock), req.params.id, req.params.nomineeId, req.body),
  );
  api.post(
    '/dossiers/:id/nominees/:nomineeId/appraise',
    {
      schema: {
        tags,
        summary: 'Kết quả thẩm định một đối tượng (đủ / không đủ điều kiện / cần bổ sung, có lý do)',
        params: nomineeParam,
        body: nomineeAppraiseBody,
        response: detail,
      },
    },
    (req) => appraiseNominee(database, ctxOf(req, clock), req.params.id, req.params.nomineeId, req.body),
  );
  api.post(
    '/dossiers/:id/reverify',
    {
      schema: {
        tags,
        summary: 'Xét lại điều kiện của mọi đối tượng theo dữ liệu hiện tại',
        params: idParam,
        response: detail,
      },
    },
    (req) => reverifyDossier(database, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/dossiers/:id/transition',
    {
      schema: {
        tags,
        summary:
          'Chuyển bước quy trình: gửi, rút lại, tiếp nhận, phân công, thẩm định, trả lại (ghi lý do), hoàn thành',
        params: idParam,
        body: dossierTransitionBody,
        response: detail,
      },
    },
    (req) => transitionDossier(database, ctxOf(req, clock), req.params.id, req.body),
  );
  api.get(
    '/dossiers/:id/appraisers',
    {
      schema: {
        tags,
        summary: 'Chuyên viên thẩm định của cơ quan nhận hồ sơ',
        params: idParam,
        response: { 200: z.object({ data: z.array(appraiserOptionSchema) }) },
      },
    },
    (req) => listAppraisers(db, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/dossiers/:id/documents/generate',
    {
      schema: {
        tags,
        summary: 'Tạo Tờ trình (Mẫu 01, .docx), báo cáo thành tích (.docx) hoặc danh sách đề nghị (.xlsx)',
        params: idParam,
        body: dossierGenerateBody,
        response: { 200: z.object({ data: z.array(dossierFileSchema) }) },
      },
    },
    (req) => generateDocuments(database, ctxOf(req, clock), req.params.id, req.body),
  );
  api.post(
    '/dossiers/:id/files',
    {
      schema: {
        tags,
        summary:
          'Tải lên bản ký, scan (PDF, DOCX, XLSX, JPG, PNG; tối đa 20 MB): trường docCode, nomineeId (tùy chọn), rồi file',
        params: idParam,
        consumes: ['multipart/form-data'],
        response: { 200: z.object({ data: dossierFileSchema }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req, clock);
      const part = req.isMultipart() ? await req.file() : undefined;
      if (part?.fieldname !== 'file')
        throw new AppError('BAD_REQUEST', { field: 'file' }, 'Hãy chọn tệp ở trường "file".');
      const field = (name: string) => {
        const f = part.fields[name];
        const one = Array.isArray(f) ? f[0] : f;
        return one && 'value' in one ? String(one.value) : undefined;
      };
      const nomineeRaw = field('nomineeId');
      const nomineeId = nomineeRaw ? Number(nomineeRaw) : undefined;
      if (nomineeRaw && !(Number.isInteger(nomineeId) && nomineeId! > 0))
        throw new AppError('VALIDATION_FAILED', { field: 'nomineeId' }, 'nomineeId không hợp lệ.');
      return uploadDossierFile(database, ctx, req.params.id, {
        docCode: field('docCode'),
        nomineeId,
        fileName: part.filename,
        bytes: await part.toBuffer(),
      });
    },
  );
  api.get(
    '/dossiers/:id/files/:fileId',
    { schema: { tags, summary: 'Tải tài liệu của hồ sơ', params: fileParam } },
    async (req, reply) => {
      const f = await downloadDossierFile(db, ctxOf(req, clock), req.params.id, req.params.fileId);
      return reply
        .type(f.mimeType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
        .send(f.content);
    },
  );
  api.delete(
    '/dossiers/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'Xóa tài liệu (khi hồ sơ đang soạn hoặc bị trả lại)',
        params: fileParam,
        response: { 200: okSchema },
      },
    },
    (req) => deleteDossierFile(database, ctxOf(req, clock), req.params.id, req.params.fileId),
  );
  api.get(
    '/dossiers/:id/nominees.xlsx',
    { schema: { tags, summary: 'Danh sách đề nghị khen thưởng (.xlsx)', params: idParam } },
    async (req, reply) => {
      const f = await nomineeListWorkbook(db, ctxOf(req, clock), req.params.id);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
        .send(f.content);
    },
  );
}
