import {
  awardBody,
  disciplineBody,
  idParam,
  initiativeBody,
  leaveBody,
  okSchema,
  paged,
  personCreateBody,
  personDetailSchema,
  personListQuery,
  personSchema,
  personUpdateBody,
  withAbilities,
  yearRecordBody,
} from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { createPerson, getPerson, listPeople, updatePerson } from './people.service.ts';
import { addRecord, putYearRecord, removeRecord, type RecordKind } from './person-records.service.ts';

const tags = ['people'];
const kinds: Record<RecordKind, z.ZodType> = {
  disciplines: disciplineBody,
  initiatives: initiativeBody,
  leaves: leaveBody,
  awards: awardBody,
};
const created = z.object({ ok: z.literal(true), id: z.number() });

export function peopleRoutes(app: FastifyInstance, { database, clock }: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  api.get(
    '/people',
    {
      schema: {
        tags,
        summary: 'Danh sách cá nhân (tìm không dấu, sắp xếp theo tên)',
        querystring: personListQuery,
        response: { 200: paged(personSchema) },
      },
    },
    (req) => listPeople(db, ctxOf(req, clock), req.query),
  );
  api.get(
    '/people/:id',
    {
      schema: {
        tags,
        summary: 'Hồ sơ cá nhân',
        params: idParam,
        response: { 200: withAbilities(personDetailSchema) },
      },
    },
    (req) => getPerson(db, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/people',
    {
      schema: {
        tags,
        summary: 'Thêm cá nhân',
        body: personCreateBody,
        response: { 200: withAbilities(personSchema) },
      },
    },
    (req) => createPerson(db, ctxOf(req, clock), req.body),
  );
  api.patch(
    '/people/:id',
    {
      schema: {
        tags,
        summary: 'Sửa thông tin cá nhân',
        params: idParam,
        body: personUpdateBody,
        response: { 200: withAbilities(personSchema) },
      },
    },
    (req) => updatePerson(db, ctxOf(req, clock), req.params.id, req.body),
  );
  api.put(
    '/people/:id/years/:year',
    {
      schema: {
        tags,
        summary: 'Ghi kết quả xếp loại năm',
        params: idParam.extend({ year: z.coerce.number().int().min(1975).max(2100) }),
        body: yearRecordBody.omit({ year: true }),
        response: { 200: okSchema },
      },
    },
    (req) => putYearRecord(db, ctxOf(req, clock), req.params.id, { ...req.body, year: req.params.year }),
  );
  for (const [kind, body] of Object.entries(kinds) as [RecordKind, z.ZodType][]) {
    api.post(
      `/people/:id/${kind}`,
      { schema: { tags, summary: `Thêm (${kind})`, params: idParam, body, response: { 200: created } } },
      (req) => addRecord(db, ctxOf(req, clock), kind, req.params.id, req.body as never),
    );
    api.delete(
      `/people/:id/${kind}/:itemId`,
      {
        schema: {
          tags,
          summary: `Xóa (${kind})`,
          params: idParam.extend({ itemId: z.coerce.number().int().positive() }),
          response: { 200: okSchema },
        },
      },
      (req) => removeRecord(db, ctxOf(req, clock), kind, req.params.id, req.params.itemId),
    );
  }
}
