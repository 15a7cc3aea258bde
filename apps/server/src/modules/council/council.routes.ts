import { addAgendaItems, agendaCandidates, removeAgendaItem } from './council-agenda.service.ts';
import {
  agendaAddBody,
  agendaCandidateListSchema,
  attendanceBody,
  councilBody,
  councilDetailSchema,
  councilListSchema,
  councilMemberBody,
  councilMemberUpdateBody,
  councilSessionBody,
  councilSessionDetailSchema,
  councilSessionListSchema,
  councilSessionUpdateBody,
  councilUpdateBody,
  idParam,
  okSchema,
  receiptVerifyBody,
  receiptVerifySchema,
  voteBody,
  voteResultSchema,
  writtenOpinionBody,
} from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { castBallot, recordWrittenOpinion, verifyReceipt } from './ballot.service.ts';
import { sessionMinutes } from './council-minutes.service.ts';
import {
  createSession,
  listSessions,
  openSession,
  sessionDetail,
  setAttendance,
  tallySession,
  updateSession,
} from './council-session.service.ts';
import {
  addCouncilMember,
  councilDetail,
  councilUserOptions,
  createCouncil,
  listCouncils,
  removeCouncilMember,
  updateCouncil,
  updateCouncilMember,
} from './council.service.ts';

const tags = ['council'];
const memberParam = z.object({
  id: z.coerce.number().int().positive(),
  memberId: z.coerce.number().int().positive(),
});
const itemParam = z.object({
  id: z.coerce.number().int().positive(),
  itemId: z.coerce.number().int().positive(),
});
const council = { 200: councilDetailSchema };
const session = { 200: councilSessionDetailSchema };

export function councilRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { database, clock } = deps;
  const { db } = database;

  api.get(
    '/councils',
    {
      schema: {
        tags,
        summary: 'Hội đồng Thi đua – Khen thưởng các cấp',
        querystring: z.object({ unitId: z.coerce.number().int().positive().optional() }),
        response: { 200: councilListSchema },
      },
    },
    (req) => listCouncils(db, ctxOf(req, clock), req.query),
  );
  api.post(
    '/councils',
    {
      schema: {
        tags,
        summary: 'Thành lập Hội đồng (nhiệm kỳ)',
        body: councilBody,
        response: { 201: councilDetailSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await createCouncil(database, ctxOf(req, clock), req.body)),
  );
  api.get(
    '/councils/:id',
    { schema: { tags, summary: 'Hội đồng: thành viên và nhiệm kỳ', params: idParam, response: council } },
    (req) => councilDetail(db, ctxOf(req, clock), req.params.id),
  );
  api.patch(
    '/councils/:id',
    {
      schema: {
        tags,
        summary: 'Sửa tên, nhiệm kỳ Hội đồng',
        params: idParam,
        body: councilUpdateBody,
        response: council,
      },
    },
    (req) => updateCouncil(database, ctxOf(req, clock), req.params.id, req.body),
  );
  api.get(
    '/councils/:id/user-options',
    {
      schema: {
        tags,
        summary: 'Tài khoản có thể gắn với thành viên (được phân quyền tại đơn vị của Hội đồng)',
        params: idParam,
        response: { 200: z.object({ data: z.array(z.object({ id: z.number(), name: z.string() })) }) },
      },
    },
    (req) => councilUserOptions(db, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/councils/:id/members',
    {
      schema: {
        tags,
        summary: 'Thêm thành viên Hội đồng',
        params: idParam,
        body: councilMemberBody,
        response: council,
      },
    },
    (req) => addCouncilMember(database, ctxOf(req, clock), req.params.id, req.body),
  );
  api.patch(
    '/councils/:id/members/:memberId',
    {
      schema: {
        tags,
        summary: 'Sửa thành viên, nhiệm kỳ',
        params: memberParam,
        body: councilMemberUpdateBody,
        response: council,
      },
    },
    (req) => updateCouncilMember(database, ctxOf(req, clock), req.params.id, req.params.memberId, req.body),
  );
  api.delete(
    '/councils/:id/members/:memberId',
    { schema: { tags, summary: 'Xóa thành viên chưa dự phiên nào', params: memberParam, response: council } },
    (req) => removeCouncilMember(database, ctxOf(req, clock), req.params.id, req.params.memberId),
  );
  api.get(
    '/councils/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Các phiên họp của Hội đồng',
        params: idParam,
        response: { 200: councilSessionListSchema },
      },
    },
    (req) => listSessions(db, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/councils/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Tạo phiên họp',
        params: idParam,
        body: councilSessionBody,
        response: { 201: councilSessionDetailSchema },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await createSession(database, ctxOf(req, clock), req.params.id, req.body)),
  );
  api.get(
    '/council-sessions/:id',
    {
      schema: {
        tags,
        summary: 'Phiên họp: chương trình, điểm danh, số phiếu đã nhận, kết quả (chỉ số đếm)',
        params: idParam,
        response: session,
      },
    },
    (req) => sessionDetail(db, ctxOf(req, clock), req.params.id),
  );
  api.patch(
    '/council-sessions/:id',
    {
      schema: {
        tags,
        summary: 'Sửa tên, ngày phiên họp (khi đang chuẩn bị)',
        params: idParam,
        body: councilSessionUpdateBody,
        response: session,
      },
    },
    (req) => updateSession(database, ctxOf(req, clock), req.params.id, req.body),
  );
  api.get(
    '/council-sessions/:id/candidates',
    {
      schema: {
        tags,
        summary: 'Đối tượng đã thẩm định cần Hội đồng bỏ phiếu (đưa vào chương trình)',
        params: idParam,
        response: { 200: agendaCandidateListSchema },
      },
    },
    (req) => agendaCandidates(db, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/council-sessions/:id/items',
    {
      schema: {
        tags,
        summary: 'Đưa đối tượng vào chương trình (hồ sơ chuyển “Trình Hội đồng”)',
        params: idParam,
        body: agendaAddBody,
        response: session,
      },
    },
    (req) => addAgendaItems(database, ctxOf(req, clock), req.params.id, req.body),
  );
  api.delete(
    '/council-sessions/:id/items/:itemId',
    { schema: { tags, summary: 'Rút đối tượng khỏi chương trình', params: itemParam, response: session } },
    (req) => removeAgendaItem(database, ctxOf(req, clock), req.params.id, req.params.itemId),
  );
  api.put(
    '/council-sessions/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Điểm danh thành viên',
        params: idParam,
        body: attendanceBody,
        response: session,
      },
    },
    (req) => setAttendance(database, ctxOf(req, clock), req.params.id, req.body),
  );
  api.post(
    '/council-sessions/:id/open',
    {
      schema: {
        tags,
        summary: 'Mở bỏ phiếu (chốt số thành viên, số có mặt, túc số)',
        params: idParam,
        response: session,
      },
    },
    (req) => openSession(database, ctxOf(req, clock), req.params.id),
  );
  // The vote: the body (the choice) is never logged; the response is the receipt code only.
  api.post(
    '/council-sessions/:id/items/:itemId/vote',
    {
      logLevel: 'warn',
      schema: {
        tags,
        summary: 'Bỏ phiếu kín cho một nội dung (trả mã biên nhận một lần)',
        params: itemParam,
        body: voteBody,
        response: { 200: voteResultSchema },
      },
    },
    (req) => castBallot(database, ctxOf(req, clock), req.params.id, req.params.itemId, req.body),
  );
  api.post(
    '/council-sessions/:id/written-opinions',
    {
      logLevel: 'warn',
      schema: {
        tags,
        summary: 'Ghi ý kiến bằng văn bản của thành viên vắng mặt',
        params: idParam,
        body: writtenOpinionBody,
        response: { 200: okSchema },
      },
    },
    (req) => recordWrittenOpinion(database, ctxOf(req, clock), req.params.id, req.body),
  );
  api.post(
    '/council-sessions/:id/tally',
    {
      schema: { tags, summary: 'Kiểm phiếu, ghi kết quả và đóng phiên', params: idParam, response: session },
    },
    (req) => tallySession(database, ctxOf(req, clock), req.params.id),
  );
  api.get(
    '/council-sessions/:id/minutes.docx',
    { schema: { tags, summary: 'Biên bản họp (.docx, chỉ số phiếu)', params: idParam } },
    async (req, reply) => {
      const f = await sessionMinutes(db, ctxOf(req, clock), req.params.id);
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
        .send(f.buf);
    },
  );
  api.post(
    '/council-receipts/verify',
    {
      logLevel: 'warn',
      schema: {
        tags,
        summary: 'Kiểm tra mã biên nhận: phiếu đã được ghi nhận (không cho biết nội dung phiếu)',
        body: receiptVerifyBody,
        response: { 200: receiptVerifySchema },
      },
    },
    (req) => verifyReceipt(db, ctxOf(req, clock), req.body),
  );
}
