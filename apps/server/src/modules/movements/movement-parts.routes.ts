import {
  attachmentSchema,
  idParam,
  milestoneBody,
  milestoneSchema,
  milestoneUpdateBody,
  offerBody,
  offerSchema,
  okSchema,
  taskBody,
  taskSchema,
  taskUpdateBody,
} from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { addAttachment, getAttachment, removeAttachment } from './attachments.service.ts';
import {
  addMilestone,
  addTask,
  putOffer,
  removeOffer,
  removePart,
  updateMilestone,
  updateTask,
} from './movement-parts.service.ts';

const tags = ['movements'];
const itemParam = idParam.extend({ itemId: z.coerce.number().int().positive() });
const codeParam = idParam.extend({ code: z.string().min(1).max(50) });

/** Milestones, tasks, offered titles and attachments of a movement. */
export function movementPartRoutes(app: FastifyInstance, { database, clock }: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  api.post(
    '/movements/:id/milestones',
    {
      schema: {
        tags,
        summary: 'Thêm mốc (sơ kết, tổng kết …)',
        params: idParam,
        body: milestoneBody,
        response: { 200: milestoneSchema },
      },
    },
    (req) => addMilestone(db, ctxOf(req, clock), req.params.id, req.body),
  );
  api.patch(
    '/movements/:id/milestones/:itemId',
    {
      schema: {
        tags,
        summary: 'Sửa mốc',
        params: itemParam,
        body: milestoneUpdateBody,
        response: { 200: milestoneSchema },
      },
    },
    (req) => updateMilestone(db, ctxOf(req, clock), req.params.id, req.params.itemId, req.body),
  );
  api.delete(
    '/movements/:id/milestones/:itemId',
    { schema: { tags, summary: 'Xóa mốc', params: itemParam, response: { 200: okSchema } } },
    (req) => removePart(db, ctxOf(req, clock), req.params.id, 'milestone', req.params.itemId),
  );
  api.post(
    '/movements/:id/tasks',
    {
      schema: {
        tags,
        summary: 'Giao nhiệm vụ cho cơ quan',
        params: idParam,
        body: taskBody,
        response: { 200: taskSchema },
      },
    },
    (req) => addTask(db, ctxOf(req, clock), req.params.id, req.body),
  );
  api.patch(
    '/movements/:id/tasks/:itemId',
    {
      schema: {
        tags,
        summary: 'Sửa nhiệm vụ / cập nhật tiến độ (todo, doing, done)',
        params: itemParam,
        body: taskUpdateBody,
        response: { 200: taskSchema },
      },
    },
    (req) => updateTask(db, ctxOf(req, clock), req.params.id, req.params.itemId, req.body),
  );
  api.delete(
    '/movements/:id/tasks/:itemId',
    { schema: { tags, summary: 'Xóa nhiệm vụ', params: itemParam, response: { 200: okSchema } } },
    (req) => removePart(db, ctxOf(req, clock), req.params.id, 'task', req.params.itemId),
  );
  api.put(
    '/movements/:id/offers/:code',
    {
      schema: {
        tags,
        summary: 'Danh hiệu / hình thức khen thưởng của phong trào và số lượng dự kiến',
        params: codeParam,
        body: offerBody.omit({ code: true }),
        response: { 200: offerSchema },
      },
    },
    (req) => putOffer(db, ctxOf(req, clock), req.params.id, { ...req.body, code: req.params.code }),
  );
  api.delete(
    '/movements/:id/offers/:code',
    { schema: { tags, summary: 'Bỏ danh hiệu / hình thức', params: codeParam, response: { 200: okSchema } } },
    (req) => removeOffer(db, ctxOf(req, clock), req.params.id, req.params.code),
  );
  api.post(
    '/movements/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Đính kèm tệp (PDF, DOCX, XLSX, JPG/PNG, TXT; tối đa 20 MB; trường "file")',
        params: idParam,
        consumes: ['multipart/form-data'],
        response: { 200: attachmentSchema },
      },
    },
    async (req) => {
      const ctx = ctxOf(req, clock);
      const part = req.isMultipart() ? await req.file() : undefined;
      if (part?.fieldname !== 'file')
        throw new AppError('BAD_REQUEST', { field: 'file' }, 'Hãy chọn tệp ở trường "file".');
      return addAttachment(db, ctx, req.params.id, part.filename, await part.toBuffer());
    },
  );
  api.get(
    '/movements/:id/attachments/:itemId',
    { schema: { tags, summary: 'Tải tệp đính kèm', params: itemParam } },
    async (req, reply) => {
      const file = await getAttachment(db, ctxOf(req, clock), req.params.id, req.params.itemId);
      return reply
        .type(file.mimeType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.content);
    },
  );
  api.delete(
    '/movements/:id/attachments/:itemId',
    { schema: { tags, summary: 'Xóa tệp đính kèm', params: itemParam, response: { 200: okSchema } } },
    (req) => removeAttachment(db, ctxOf(req, clock), req.params.id, req.params.itemId),
  );
}
