import {
  decisionCandidateSchema,
  decisionCandidatesQuery,
  decisionCreateBody,
  decisionDetailSchema,
  decisionIssueBody,
  decisionIssuerOptionSchema,
  decisionListQuery,
  decisionListSchema,
  decisionUpdateBody,
  idParam,
  okSchema,
  revokeAwardBody,
} from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { decisionDocumentFile, issueDecision, revokeAward } from './decision-issue.service.ts';
import {
  createDecisionDraft,
  decisionDetail,
  deleteDecisionDraft,
  listCandidates,
  listDecisions,
  listIssuers,
  updateDecisionDraft,
} from './decision.service.ts';

const tags = ['decisions'];
const detail = { 200: decisionDetailSchema };

export function decisionRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { database, clock } = deps;
  const { db } = database;

  api.get(
    '/decisions',
    {
      schema: {
        tags,
        summary: 'Sổ quyết định khen thưởng (dự thảo và đã ban hành) trong phạm vi đơn vị',
        querystring: decisionListQuery,
        response: { 200: decisionListSchema },
      },
    },
    (req) => listDecisions(db, ctxOf(req, clock), req.query),
  );
  api.get(
    '/decisions/issuers',
    {
      schema: {
        tags,
        summary: 'Cơ quan ban hành mà người dùng được lập dự thảo quyết định',
        response: { 200: z.object({ data: z.array(decisionIssuerOptionSchema) }) },
      },
    },
    (req) => listIssuers(db, ctxOf(req, clock)),
  );
  api.get(
    '/decisions/candidates',
    {
      schema: {
        tags,
        summary: 'Hồ sơ gửi đến cơ quan ban hành đã thẩm định xong hoặc đang trình Hội đồng',
        querystring: decisionCandidatesQuery,
        response: { 200: z.object({ data: z.array(decisionCandidateSchema) }) },
      },
    },
    (req) => listCandidates(db, ctxOf(req, clock), req.query.issuerUnitId),
  );
  api.post(
    '/decisions',
    {
      schema: {
        tags,
        summary: 'Lập dự thảo quyết định khen thưởng từ các hồ sơ',
        body: decisionCreateBody,
        response: { 201: decisionDetailSchema },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await createDecisionDraft(database, ctxOf(req, clock), req.body)),
  );
  api.get(
    '/decisions/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết quyết định: danh sách khen thưởng, tiền thưởng, thẩm quyền, công khai',
        params: idParam,
        response: detail,
      },
    },
    (req) => decisionDetail(db, ctxOf(req, clock), req.params.id),
  );
  api.patch(
    '/decisions/:id',
    {
      schema: {
        tags,
        summary: 'Sửa dự thảo (ngày, người ký, trích yếu, hồ sơ)',
        params: idParam,
        body: decisionUpdateBody,
        response: detail,
      },
    },
    (req) => updateDecisionDraft(database, ctxOf(req, clock), req.params.id, req.body),
  );
  api.delete(
    '/decisions/:id',
    { schema: { tags, summary: 'Xóa dự thảo', params: idParam, response: { 200: okSchema } } },
    (req) => deleteDecisionDraft(database, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/decisions/:id/issue',
    {
      schema: {
        tags,
        summary: 'Ban hành: cấp số, ghi lịch sử khen thưởng, bảng vàng, đóng hồ sơ',
        params: idParam,
        body: decisionIssueBody,
        response: detail,
      },
    },
    (req) => issueDecision(database, ctxOf(req, clock), req.params.id, req.body),
  );
  api.get(
    '/decisions/:id/document',
    { schema: { tags, summary: 'Tải quyết định (.docx, kèm danh sách)', params: idParam } },
    async (req, reply) => {
      const f = await decisionDocumentFile(database, ctxOf(req, clock), req.params.id);
      return reply
        .type(f.mimeType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
        .send(f.content);
    },
  );
  api.post(
    '/decision-awards/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Hủy bỏ khen thưởng (Luật TĐKT Điều 93) bằng quyết định của chính cơ quan đã khen thưởng',
        params: idParam,
        body: revokeAwardBody,
        response: { 201: decisionDetailSchema },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await revokeAward(database, ctxOf(req, clock), req.params.id, req.body)),
  );
}
