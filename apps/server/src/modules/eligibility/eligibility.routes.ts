import {
  evaluateRequestSchema,
  evaluateResponseSchema,
  idParam,
  subjectEligibilityQuery,
  subjectEligibilitySchema,
  suggestionSchema,
  suggestionsQuery,
} from '@vinhdanh/contracts';
import { CATALOG } from '@vinhdanh/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { requirePermission } from '../../lib/policy.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { suggestionsWorkbook } from './eligibility.export.ts';
import {
  computeSuggestions,
  evaluateCase,
  listSuggestions,
  personEligibility,
  unitEligibility,
} from './eligibility.service.ts';
import { evaluateExamples } from './examples.ts';

const tags = ['eligibility'];

export function eligibilityRoutes(app: FastifyInstance, { database, clock }: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/eligibility/evaluate',
    {
      schema: {
        tags,
        summary: 'Máy tính điều kiện khen thưởng (không lưu trạng thái)',
        description:
          'Nhận một hồ sơ tự đủ (lịch sử xếp loại, danh hiệu, sáng kiến, kỷ luật…) và trả về kết luận kèm lý do, điều khoản và độ tin cậy. Không có `target` thì xét mọi danh hiệu, hình thức phù hợp.',
        body: evaluateRequestSchema.meta({ examples: evaluateExamples }),
        response: { 200: evaluateResponseSchema },
      },
    },
    async (req) => {
      requirePermission(ctxOf(req, clock).actor, 'eligibility.read');
      return evaluateCase(database, req.body);
    },
  );
  api.get(
    '/people/:id/eligibility',
    {
      schema: {
        tags,
        summary: 'Điều kiện khen thưởng của cá nhân theo năm',
        params: idParam,
        querystring: subjectEligibilityQuery,
        response: { 200: subjectEligibilitySchema },
      },
    },
    (req) => personEligibility(database, ctxOf(req, clock), req.params.id, req.query.year, req.query.asOf),
  );
  api.get(
    '/units/:id/eligibility',
    {
      schema: {
        tags,
        summary: 'Điều kiện khen thưởng của tập thể theo năm',
        params: idParam,
        querystring: subjectEligibilityQuery,
        response: { 200: subjectEligibilitySchema },
      },
    },
    (req) => unitEligibility(database, ctxOf(req, clock), req.params.id, req.query.year, req.query.asOf),
  );
  api.get(
    '/eligibility/suggestions',
    {
      schema: {
        tags,
        summary: 'Đề xuất khen thưởng hàng loạt cho một đơn vị và năm',
        querystring: suggestionsQuery,
        response: {
          200: z.object({
            data: z.array(suggestionSchema),
            page: z.number(),
            pageSize: z.number(),
            total: z.number(),
            counts: z.record(z.string(), z.record(z.string(), z.number())),
          }),
        },
      },
    },
    (req) => listSuggestions(database, ctxOf(req, clock), req.query),
  );
  api.get(
    '/eligibility/suggestions.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất danh sách đề xuất ra Excel',
        querystring: suggestionsQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const { all } = await computeSuggestions(database, ctxOf(req, clock), {
        ...req.query,
        page: 1,
        pageSize: 500,
      });
      const buf = await suggestionsWorkbook(all, `Danh sách đề xuất khen thưởng năm ${req.query.year}`);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="de-xuat-khen-thuong-${req.query.year}.xlsx"`)
        .send(buf);
    },
  );
  api.get(
    '/eligibility/catalog',
    { schema: { tags, summary: 'Danh mục danh hiệu, hình thức (kèm căn cứ và độ tin cậy)' } },
    async () => ({
      data: CATALOG.map((e) => ({
        code: e.code,
        category: e.category,
        name: e.name,
        subjectKinds: e.subjectKinds,
        level: e.level,
        council: e.council,
        citation: e.citation,
        confidence: e.confidence,
        reward: e.reward,
        issuers: e.issuers,
        dossier: e.dossier,
      })),
    }),
  );
}
