import {
  assessmentHistorySchema,
  assessmentSchema,
  assessmentTransitionBody,
  attachmentSchema,
  idParam,
  reviewScoresBody,
  selfScoresBody,
  withAbilities,
} from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { readUpload, sendFile } from '../blocs/bloc-files.ts';
import { getAssessment, putSelfScores, submitAssessment } from './assessment.service.ts';
import { downloadEvidence, listEvidence, uploadEvidence } from './evidence.service.ts';
import { assessmentHistory, reviewScores, transitionAssessment } from './review.service.ts';

const tags = ['scoring'];
const one = withAbilities(assessmentSchema);
const fileParam = idParam.extend({ fileId: z.coerce.number().int().positive() });
const steps = {
  approve: 'Xác nhận kết quả chấm đã thẩm định (đã nộp → đã thẩm định)',
  finalise: 'Chốt kết quả chấm (đã thẩm định → đã chốt)',
  return: 'Trả lại đơn vị để chấm lại (bắt buộc nêu lý do)',
} as const;

/** A unit's assessment: self-scoring with evidence, submission, review with reasons, history. */
export function assessmentRoutes(app: FastifyInstance, { database, clock }: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  api.get(
    '/assessments/:id',
    { schema: { tags, summary: 'Phiếu chấm điểm của đơn vị', params: idParam, response: { 200: one } } },
    (req) => getAssessment(db, ctxOf(req, clock), req.params.id),
  );
  api.put(
    '/assessments/:id/scores',
    {
      schema: {
        tags,
        summary: 'Đơn vị tự chấm điểm (kèm mã tệp minh chứng)',
        description:
          'Chỉ chấm tiêu chí chi tiết; điểm từ 0 đến điểm tối đa (SCORE_OVER_MAX); tiêu chí bắt buộc minh chứng cần ít nhất một tệp khi có điểm (EVIDENCE_REQUIRED).',
        params: idParam,
        body: selfScoresBody,
        response: { 200: one },
      },
    },
    (req) => putSelfScores(db, ctxOf(req, clock), req.params.id, req.body),
  );
  api.post(
    '/assessments/:id/submit',
    {
      schema: {
        tags,
        summary: 'Nộp kết quả tự chấm (khóa bảng điểm nếu là phiếu đầu tiên)',
        params: idParam,
        body: assessmentTransitionBody,
        response: { 200: one },
      },
    },
    (req) => submitAssessment(db, ctxOf(req, clock), req.params.id, req.body.version),
  );
  api.put(
    '/assessments/:id/review',
    {
      schema: {
        tags,
        summary: 'Thẩm định điểm: mỗi điểm thay đổi phải có lý do (SCORE_REASON_REQUIRED)',
        params: idParam,
        body: reviewScoresBody,
        response: { 200: one },
      },
    },
    (req) => reviewScores(db, ctxOf(req, clock), req.params.id, req.body),
  );
  for (const event of ['approve', 'finalise', 'return'] as const)
    api.post(
      `/assessments/:id/${event}`,
      {
        schema: {
          tags,
          summary: steps[event],
          params: idParam,
          body: assessmentTransitionBody,
          response: { 200: one },
        },
      },
      (req) => transitionAssessment(db, ctxOf(req, clock), req.params.id, event, req.body),
    );
  api.get(
    '/assessments/:id/history',
    {
      schema: {
        tags,
        summary: 'Lịch sử thay đổi điểm (kèm lý do) và trạng thái',
        params: idParam,
        response: { 200: assessmentHistorySchema },
      },
    },
    (req) => assessmentHistory(db, ctxOf(req, clock), req.params.id),
  );
  api.get(
    '/assessments/:id/evidence',
    {
      schema: {
        tags,
        summary: 'Tệp minh chứng',
        params: idParam,
        response: { 200: z.object({ data: z.array(attachmentSchema) }) },
      },
    },
    (req) => listEvidence(db, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/assessments/:id/evidence',
    {
      schema: {
        tags,
        summary: 'Tải lên tệp minh chứng (multipart, trường "file"; PDF, JPG, PNG, DOCX, XLSX; tối đa 20 MB)',
        params: idParam,
        consumes: ['multipart/form-data'],
        response: { 200: attachmentSchema },
      },
    },
    async (req) => {
      const ctx = ctxOf(req, clock);
      return uploadEvidence(db, ctx, req.params.id, await readUpload(req));
    },
  );
  api.get(
    '/assessments/:id/evidence/:fileId',
    { schema: { tags, summary: 'Tải về tệp minh chứng', params: fileParam } },
    async (req, reply) =>
      sendFile(reply, await downloadEvidence(db, ctxOf(req, clock), req.params.id, req.params.fileId)),
  );
}
