import {
  idParam,
  registrationGridQuery,
  registrationGridSchema,
  registrationMissingQuery,
  registrationMissingSchema,
  registrationReviewBody,
  registrationSchema,
  registrationSubmitBody,
  registrationUpsertBody,
  registrationUpsertResponse,
} from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { registrationExcelRoutes } from './registration-excel.routes.ts';
import { getRegistrationGrid } from './registration-grid.service.ts';
import { missingRegistrations } from './registration-missing.service.ts';
import { reviewRegistration, submitRegistrations } from './registration-review.service.ts';
import { upsertRegistrations } from './registration-upsert.service.ts';

const tags = ['registrations'];

export function registrationRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const { clock } = deps;
  api.get(
    '/registrations',
    {
      schema: {
        tags,
        summary: 'Bảng đăng ký thi đua của đơn vị theo năm (tập thể và cá nhân)',
        querystring: registrationGridQuery,
        response: { 200: registrationGridSchema },
      },
    },
    (req) => getRegistrationGrid(db, ctxOf(req, clock), req.query),
  );
  api.put(
    '/registrations',
    {
      schema: {
        tags,
        summary: 'Lưu các dòng đăng ký (tất cả hoặc không)',
        body: registrationUpsertBody,
        response: { 200: registrationUpsertResponse },
      },
    },
    (req) => upsertRegistrations(db, ctxOf(req, clock), req.body),
  );
  api.post(
    '/registrations/submit',
    {
      schema: {
        tags,
        summary: 'Gửi đăng ký của đơn vị',
        body: registrationSubmitBody,
        response: { 200: registrationUpsertResponse.omit({ saved: true }).extend({ submitted: z.number() }) },
      },
    },
    (req) => submitRegistrations(db, ctxOf(req, clock), req.body),
  );
  api.post(
    '/registrations/:id/review',
    {
      schema: {
        tags,
        summary: 'Chấp nhận hoặc trả lại đăng ký (trả lại phải ghi lý do)',
        params: idParam,
        body: registrationReviewBody,
        response: { 200: z.object({ data: registrationSchema }) },
      },
    },
    (req) => reviewRegistration(db, ctxOf(req, clock), req.params.id, req.body),
  );
  api.get(
    '/registrations/missing',
    {
      schema: {
        tags,
        summary: 'Đơn vị chưa đăng ký thi đua đúng hạn',
        querystring: registrationMissingQuery,
        response: { 200: registrationMissingSchema },
      },
    },
    (req) => missingRegistrations(db, ctxOf(req, clock), req.query),
  );
  registrationExcelRoutes(app, deps);
}
