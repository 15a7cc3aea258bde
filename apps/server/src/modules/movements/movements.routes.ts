import {
  draftFromTextBody,
  draftFromTextResponse,
  idParam,
  movementCreateBody,
  movementDetailSchema,
  movementListQuery,
  movementSchema,
  movementTransitionBody,
  movementUpdateBody,
  nationalMovementCreateBody,
  nationalMovementSchema,
  paged,
  withAbilities,
} from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { draftFromText, planTextFromFile } from './draft-from-text.service.ts';
import { movementPartRoutes } from './movement-parts.routes.ts';
import { createMovement, getMovement, listMovements, updateMovement } from './movement.service.ts';
import { transitionMovement } from './movement-transition.service.ts';
import { createNationalMovement, listNationalMovements } from './national-movements.ts';

const tags = ['movements'];
const one = withAbilities(movementDetailSchema);

export function movementRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const { clock } = deps;
  api.get(
    '/movements',
    {
      schema: {
        tags,
        summary: 'Danh sách phong trào thi đua (lọc theo năm, trạng thái, loại, đơn vị; tìm không dấu)',
        querystring: movementListQuery,
        response: { 200: paged(movementSchema) },
      },
    },
    (req) => listMovements(db, ctxOf(req, clock), req.query),
  );
  api.get(
    '/movements/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết phong trào và tình hình triển khai',
        params: idParam,
        response: { 200: one },
      },
    },
    (req) => getMovement(db, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/movements',
    {
      schema: { tags, summary: 'Tạo phong trào (dự thảo)', body: movementCreateBody, response: { 200: one } },
    },
    (req) => createMovement(db, ctxOf(req, clock), req.body),
  );
  api.patch(
    '/movements/:id',
    {
      schema: {
        tags,
        summary: 'Sửa phong trào',
        params: idParam,
        body: movementUpdateBody,
        response: { 200: one },
      },
    },
    (req) => updateMovement(db, ctxOf(req, clock), req.params.id, req.body),
  );
  api.post(
    '/movements/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Chuyển trạng thái phong trào (phát động, thực hiện, tổng kết, kết thúc, thu hồi, mở lại)',
        params: idParam,
        body: movementTransitionBody,
        response: { 200: one },
      },
    },
    (req) => transitionMovement(db, ctxOf(req, clock), req.params.id, req.body),
  );
  api.post(
    '/movements/draft-from-text',
    {
      schema: {
        tags,
        summary: 'Đọc kế hoạch / thông báo thành dự thảo phong trào (JSON { text } hoặc tệp .txt/.docx)',
        consumes: ['application/json', 'multipart/form-data'],
        response: { 200: draftFromTextResponse },
      },
    },
    async (req) => {
      const ctx = ctxOf(req, clock);
      if (!req.isMultipart()) {
        const body = draftFromTextBody.safeParse(req.body);
        if (!body.success)
          throw new AppError('PLAN_TEXT_INVALID', { field: 'text' }, 'Hãy gửi nội dung ở trường "text".');
        return draftFromText(db, ctx, body.data.text);
      }
      const part = await req.file();
      if (part?.fieldname !== 'file')
        throw new AppError(
          'PLAN_TEXT_INVALID',
          { field: 'file' },
          'Hãy chọn tệp .txt hoặc .docx ở trường "file".',
        );
      return draftFromText(db, ctx, planTextFromFile(part.filename, await part.toBuffer()));
    },
  );
  api.get(
    '/national-movements',
    {
      schema: {
        tags,
        summary: 'Danh mục phong trào thi đua toàn quốc',
        response: { 200: z.object({ data: z.array(nationalMovementSchema) }) },
      },
    },
    (req) => listNationalMovements(db, ctxOf(req, clock)),
  );
  api.post(
    '/national-movements',
    {
      schema: {
        tags,
        summary: 'Thêm phong trào toàn quốc vào danh mục',
        body: nationalMovementCreateBody,
        response: { 200: z.object({ data: nationalMovementSchema }) },
      },
    },
    (req) => createNationalMovement(db, ctxOf(req, clock), req.body),
  );
  movementPartRoutes(app, deps);
}
