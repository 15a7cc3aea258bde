import {
  assessmentCreateBody,
  assessmentSchema,
  idParam,
  proposalsSchema,
  rankingSchema,
  sheetCreateBody,
  sheetListQuery,
  sheetResponse,
  sheetSchema,
  sheetUpdateBody,
  withAbilities,
} from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { assessmentRoutes } from './assessment.routes.ts';
import { createAssessment, listAssessments } from './assessment.service.ts';
import { getProposals, getRanking, TIE_BREAK_RULE } from './ranking.service.ts';
import { closeSheet, createSheet, getSheet, listSheets, publishSheet, updateSheet } from './sheet.service.ts';

const tags = ['scoring'];
const VERSIONING =
  'Bảng điểm đang soạn hoặc đã ban hành nhưng chưa có đơn vị nộp: sửa trực tiếp. Khi đơn vị đầu tiên nộp kết quả, bảng điểm bị khóa; mọi chỉnh sửa sau đó tạo phiên bản mới (bản sao ở trạng thái soạn, version + 1, versionCreated = true). Ban hành phiên bản mới sẽ đóng phiên bản cũ và chuyển điểm tự chấm của các đơn vị sang theo mã tiêu chí.';

/** Scoring tables (bảng điểm): CRUD and versioning, ranking and proposals; assessments below. */
export function scoringRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { clock } = deps;
  const { db } = deps.database;
  api.get(
    '/score-sheets',
    {
      schema: {
        tags,
        summary: 'Danh sách bảng điểm (theo khối, năm)',
        querystring: sheetListQuery,
        response: { 200: z.object({ data: z.array(sheetSchema) }) },
      },
    },
    (req) => listSheets(db, ctxOf(req, clock), req.query),
  );
  api.get(
    '/score-sheets/:id',
    {
      schema: {
        tags,
        summary: 'Bảng điểm và cây tiêu chí',
        params: idParam,
        response: { 200: sheetResponse },
      },
    },
    (req) => getSheet(db, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/score-sheets',
    {
      schema: {
        tags,
        summary: 'Tạo bảng điểm (đang soạn)',
        body: sheetCreateBody,
        response: { 200: sheetResponse },
      },
    },
    (req) => createSheet(db, ctxOf(req, clock), req.body),
  );
  api.patch(
    '/score-sheets/:id',
    {
      schema: {
        tags,
        summary: 'Sửa bảng điểm (tên, xếp loại, số đề nghị, cây tiêu chí)',
        description: VERSIONING,
        params: idParam,
        body: sheetUpdateBody,
        response: { 200: sheetResponse },
      },
    },
    (req) => updateSheet(db, ctxOf(req, clock), req.params.id, req.body),
  );
  api.post(
    '/score-sheets/:id/publish',
    {
      schema: {
        tags,
        summary: 'Ban hành bảng điểm',
        description: VERSIONING,
        params: idParam,
        response: { 200: sheetResponse },
      },
    },
    (req) => publishSheet(db, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/score-sheets/:id/close',
    { schema: { tags, summary: 'Đóng bảng điểm', params: idParam, response: { 200: sheetResponse } } },
    (req) => closeSheet(db, ctxOf(req, clock), req.params.id),
  );
  api.get(
    '/score-sheets/:id/assessments',
    {
      schema: {
        tags,
        summary: 'Kết quả chấm của các đơn vị (trong phạm vi được xem)',
        params: idParam,
        response: { 200: z.object({ data: z.array(assessmentSchema) }) },
      },
    },
    (req) => listAssessments(db, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/score-sheets/:id/assessments',
    {
      schema: {
        tags,
        summary: 'Mở phiếu tự chấm của đơn vị (trả về phiếu sẵn có nếu đã mở)',
        params: idParam,
        body: assessmentCreateBody,
        response: { 200: withAbilities(assessmentSchema) },
      },
    },
    (req) => createAssessment(db, ctxOf(req, clock), req.params.id, req.body.unitId),
  );
  api.get(
    '/score-sheets/:id/ranking',
    {
      schema: {
        tags,
        summary: 'Xếp hạng các đơn vị theo bảng điểm',
        description: `Gồm các phiếu đã nộp, đã thẩm định, đã chốt (điểm thẩm định thay điểm tự chấm khi có). Thứ tự: ${TIE_BREAK_RULE.join(' ')}`,
        params: idParam,
        response: { 200: rankingSchema },
      },
    },
    (req) => getRanking(db, ctxOf(req, clock), req.params.id),
  );
  api.get(
    '/score-sheets/:id/proposals',
    {
      schema: {
        tags,
        summary: 'Đơn vị dẫn đầu đề nghị Cờ thi đua (CO_TINH) và Bằng khen (BK_TINH) của UBND tỉnh',
        description:
          'Chỉ tính phiếu đã chốt. flagCount đơn vị đứng đầu được đề nghị Cờ thi đua, certificateCount đơn vị kế tiếp được đề nghị Bằng khen; đơn vị bị trừ quá maxPenaltyForProposal điểm hoặc chưa đạt flagMinBand (với Cờ) bị bỏ qua và đơn vị sau được xét thay.',
        params: idParam,
        response: { 200: proposalsSchema },
      },
    },
    (req) => getProposals(db, ctxOf(req, clock), req.params.id),
  );
  assessmentRoutes(app, deps);
}
