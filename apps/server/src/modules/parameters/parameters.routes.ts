import {
  baseSalaryBody,
  baseSalarySchema,
  calendarDayBody,
  calendarDaySchema,
  idParam,
  okSchema,
  parameterOverrideBody,
  parameterOverrideSchema,
} from '@vinhdanh/contracts';
import { BASE_SALARY_TIMELINE, NATIONAL_DEFAULTS, resolveParameters, VN_HOLIDAYS } from '@vinhdanh/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { requirePermission } from '../../lib/policy.ts';
import { vnDate } from '../../lib/vn-date.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { loadRuleConfiguration } from '../eligibility/configuration.ts';
import {
  addBaseSalary,
  addOverride,
  putCalendarDay,
  removeBaseSalary,
  removeCalendarDay,
  removeOverride,
} from './parameters.service.ts';

const tags = ['parameters'];

export function parameterRoutes(app: FastifyInstance, { database, clock }: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  api.get(
    '/parameters',
    {
      schema: {
        tags,
        summary: 'Tham số áp dụng (mặc định quốc gia và tham số của tỉnh), lương cơ sở, ngày nghỉ',
        querystring: z.object({ asOf: z.iso.date().optional() }),
      },
    },
    async (req) => {
      const ctx = ctxOf(req, clock);
      requirePermission(ctx.actor, 'eligibility.read');
      const asOf = req.query.asOf ?? vnDate(ctx.now);
      const config = await loadRuleConfiguration(db);
      const resolved = resolveParameters(config.profile, asOf);
      const defaults = NATIONAL_DEFAULTS[resolved.regime];
      return {
        asOf,
        regime: resolved.regime,
        parameters: Object.keys(resolved.values).map((key) => ({
          key,
          value: (resolved.values as unknown as Record<string, unknown>)[key],
          nationalDefault: (defaults as Record<string, { value: unknown }>)[key]?.value,
          source: (resolved.sources as Record<string, unknown>)[key],
        })),
        overrides: config.stored.overrides,
        baseSalaries: config.timeline.map((s) => ({
          ...s,
          id: config.stored.baseSalaries.find((b) => b.effectiveFrom === s.from)?.id ?? null,
          builtIn: BASE_SALARY_TIMELINE.some((b) => b.from === s.from && b.amount === s.amount),
        })),
        calendarDays: config.stored.calendarDays,
        holidayYears: VN_HOLIDAYS.map((h) => ({ year: h.year, status: h.status })),
      };
    },
  );
  api.post(
    '/parameters/overrides',
    {
      schema: {
        tags,
        summary: 'Thêm tham số của tỉnh',
        body: parameterOverrideBody,
        response: { 200: parameterOverrideSchema },
      },
    },
    (req) => addOverride(db, ctxOf(req, clock), req.body),
  );
  api.delete(
    '/parameters/overrides/:id',
    { schema: { tags, summary: 'Xóa tham số của tỉnh', params: idParam, response: { 200: okSchema } } },
    (req) => removeOverride(db, ctxOf(req, clock), req.params.id),
  );
  api.post(
    '/parameters/base-salaries',
    {
      schema: {
        tags,
        summary: 'Thêm mức lương cơ sở',
        body: baseSalaryBody,
        response: { 200: baseSalarySchema },
      },
    },
    (req) => addBaseSalary(db, ctxOf(req, clock), req.body),
  );
  api.delete(
    '/parameters/base-salaries/:id',
    { schema: { tags, summary: 'Xóa mức lương cơ sở', params: idParam, response: { 200: okSchema } } },
    (req) => removeBaseSalary(db, ctxOf(req, clock), req.params.id),
  );
  api.put(
    '/parameters/calendar',
    {
      schema: {
        tags,
        summary: 'Thêm/sửa ngày nghỉ hoặc ngày làm bù',
        body: calendarDayBody,
        response: { 200: calendarDaySchema },
      },
    },
    (req) => putCalendarDay(db, ctxOf(req, clock), req.body),
  );
  api.delete(
    '/parameters/calendar/:day',
    {
      schema: {
        tags,
        summary: 'Xóa ngày nghỉ bổ sung',
        params: z.object({ day: z.iso.date() }),
        response: { 200: okSchema },
      },
    },
    (req) => removeCalendarDay(db, ctxOf(req, clock), req.params.day),
  );
}
