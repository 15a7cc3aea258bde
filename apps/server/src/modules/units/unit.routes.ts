import {
  awardBody,
  idParam,
  okSchema,
  unitHistorySchema,
  yearRecordBody,
  paged,
  unitCreateBody,
  unitListQuery,
  unitMergeBody,
  unitMoveBody,
  unitSchema,
  unitUpdateBody,
  withAbilities,
} from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { z } from 'zod';
import { addUnitAward, getUnitHistory, putUnitYear, removeUnitAward } from './unit-history.service.ts';
import { createUnit, getUnit, listUnits, mergeUnits, moveUnit, updateUnit } from './unit.service.ts';

const tags = ['units'];
const one = withAbilities(unitSchema);

export function unitRoutes(app: FastifyInstance, { database, clock }: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  api.get(
    '/units',
    {
      schema: {
        tags,
        summary: 'Danh sách / tìm kiếm đơn vị',
        querystring: unitListQuery,
        response: { 200: paged(unitSchema) },
      },
    },
    (req) => listUnits(db, ctxOf(req, clock), req.query),
  );
  api.get(
    '/units/:id',
    { schema: { tags, summary: 'Chi tiết đơn vị', params: idParam, response: { 200: one } } },
    (req) => getUnit(db, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/units',
    { schema: { tags, summary: 'Tạo đơn vị', body: unitCreateBody, response: { 200: one } } },
    (req) => createUnit(db, ctxOf(req, clock), req.body),
  );
  api.patch(
    '/units/:id',
    {
      schema: { tags, summary: 'Sửa đơn vị', params: idParam, body: unitUpdateBody, response: { 200: one } },
    },
    (req) => updateUnit(db, ctxOf(req, clock), req.params.id, req.body),
  );
  api.post(
    '/units/:id/move',
    {
      schema: { tags, summary: 'Chuyển đơn vị', params: idParam, body: unitMoveBody, response: { 200: one } },
    },
    (req) => moveUnit(db, ctxOf(req, clock), req.params.id, req.body),
  );
  api.post(
    '/units/merge',
    {
      schema: {
        tags,
        summary: 'Hợp nhất đơn vị (sắp xếp 2025)',
        body: unitMergeBody,
        response: { 200: one },
      },
    },
    (req) => mergeUnits(db, ctxOf(req, clock), req.body),
  );
  api.get(
    '/units/:id/history',
    {
      schema: {
        tags,
        summary: 'Kết quả xếp loại và khen thưởng của tập thể',
        params: idParam,
        response: { 200: unitHistorySchema },
      },
    },
    (req) => getUnitHistory(db, ctxOf(req, clock), req.params.id),
  );
  api.put(
    '/units/:id/years/:year',
    {
      schema: {
        tags,
        summary: 'Ghi xếp loại tập thể theo năm',
        params: idParam.extend({ year: z.coerce.number().int().min(1975).max(2100) }),
        body: yearRecordBody.omit({ year: true }),
        response: { 200: okSchema },
      },
    },
    (req) => putUnitYear(db, ctxOf(req, clock), req.params.id, { ...req.body, year: req.params.year }),
  );
  api.post(
    '/units/:id/awards',
    {
      schema: {
        tags,
        summary: 'Thêm khen thưởng của tập thể',
        params: idParam,
        body: awardBody,
        response: { 200: z.object({ ok: z.literal(true), id: z.number() }) },
      },
    },
    (req) => addUnitAward(db, ctxOf(req, clock), req.params.id, req.body),
  );
  api.delete(
    '/units/:id/awards/:itemId',
    {
      schema: {
        tags,
        summary: 'Xóa khen thưởng của tập thể',
        params: idParam.extend({ itemId: z.coerce.number().int().positive() }),
        response: { 200: okSchema },
      },
    },
    (req) => removeUnitAward(db, ctxOf(req, clock), req.params.id, req.params.itemId),
  );
}
