import {
  blocCreateBody,
  blocListQuery,
  blocMembersBody,
  blocMembersSchema,
  blocRotateBody,
  blocSchema,
  blocUpdateBody,
  blocYearParam,
  idParam,
  paged,
  withAbilities,
} from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { ctxOf } from '../../plugins/auth.ts';
import {
  createBloc,
  getBloc,
  getMembers,
  listBlocs,
  putMembers,
  rotateLeaders,
  updateBloc,
} from './bloc.service.ts';
import { pactRoutes } from './pact.routes.ts';

const tags = ['blocs'];
const one = withAbilities(blocSchema);

/** Emulation blocs (cụm, khối thi đua), their yearly members and rotation; pacts and documents below. */
export function blocRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { clock } = deps;
  const { db } = deps.database;
  api.get(
    '/blocs',
    {
      schema: {
        tags,
        summary: 'Danh sách cụm, khối thi đua',
        querystring: blocListQuery,
        response: { 200: paged(blocSchema) },
      },
    },
    (req) => listBlocs(db, ctxOf(req, clock), req.query),
  );
  api.get(
    '/blocs/:id',
    { schema: { tags, summary: 'Chi tiết cụm, khối thi đua', params: idParam, response: { 200: one } } },
    (req) => getBloc(db, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/blocs',
    { schema: { tags, summary: 'Tạo cụm, khối thi đua', body: blocCreateBody, response: { 200: one } } },
    (req) => createBloc(db, ctxOf(req, clock), req.body),
  );
  api.patch(
    '/blocs/:id',
    {
      schema: {
        tags,
        summary: 'Sửa cụm, khối thi đua',
        params: idParam,
        body: blocUpdateBody,
        response: { 200: one },
      },
    },
    (req) => updateBloc(db, ctxOf(req, clock), req.params.id, req.body),
  );
  api.get(
    '/blocs/:id/members/:year',
    {
      schema: {
        tags,
        summary: 'Thành viên của khối trong năm',
        params: blocYearParam,
        response: { 200: blocMembersSchema },
      },
    },
    (req) => getMembers(db, ctxOf(req, clock), req.params.id, req.params.year),
  );
  api.put(
    '/blocs/:id/members/:year',
    {
      schema: {
        tags,
        summary: 'Đặt danh sách thành viên, Trưởng khối, Phó khối của năm',
        params: blocYearParam,
        body: blocMembersBody,
        response: { 200: blocMembersSchema },
      },
    },
    (req) => putMembers(db, ctxOf(req, clock), req.params.id, req.params.year, req.body),
  );
  api.post(
    '/blocs/:id/rotate',
    {
      schema: {
        tags,
        summary: 'Đề xuất luân phiên Trưởng khối, Phó khối cho năm (apply: lưu luôn)',
        description:
          'Phó khối năm trước làm Trưởng khối; Phó khối là đơn vị kế tiếp theo thứ tự tên (tiếng Việt), bỏ qua Trưởng khối năm trước. Thành viên là danh sách của năm nếu đã có, nếu chưa thì của năm trước.',
        params: idParam,
        body: blocRotateBody,
        response: { 200: blocMembersSchema },
      },
    },
    (req) => rotateLeaders(db, ctxOf(req, clock), req.params.id, req.body),
  );
  pactRoutes(app, deps);
}
