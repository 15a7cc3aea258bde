import { changePasswordBody, loginBody, meSchema, okSchema } from '@vinhdanh/contracts';
import { inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { unit } from '../../db/schema/index.ts';
import { loadActor, SESSION_COOKIE, ctxOf } from '../../plugins/auth.ts';
import { AppError } from '../../lib/app-error.ts';
import { changePassword, login, logout, presentMe } from './auth.service.ts';

export function authRoutes(app: FastifyInstance, { database, clock, config }: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const me = async (actor: NonNullable<Awaited<ReturnType<typeof loadActor>>>) => {
    const ids = actor.grants.map((g) => g.unitId);
    const rows = ids.length
      ? await database.db.select({ id: unit.id, name: unit.name }).from(unit).where(inArray(unit.id, ids))
      : [];
    return presentMe(actor, new Map(rows.map((r) => [r.id, r.name])));
  };

  api.post(
    '/auth/login',
    {
      config: {
        public: true,
        skipCsrf: true,
        rateLimit: {
          max: config.loginRateLimit.max,
          timeWindow: config.loginRateLimit.timeWindowMs,
          keyGenerator: (req) =>
            `${req.ip}|${String((req.body as { username?: unknown })?.username ?? '').toLowerCase()}`,
        },
      },
      schema: { tags: ['auth'], summary: 'Đăng nhập', body: loginBody, response: { 200: meSchema } },
    },
    async (request, reply) => {
      const now = clock();
      const { token, expiresAt } = await login(database, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        requestId: request.id,
        now,
        ttlHours: config.sessionTtlHours,
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        expires: expiresAt,
      });
      const actor = await loadActor(database, token, now);
      if (!actor) throw new AppError('UNAUTHENTICATED');
      return me(actor);
    },
  );

  api.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 200: okSchema } } },
    async (request, reply) => {
      await logout(database, ctxOf(request, clock));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  api.get(
    '/auth/me',
    { schema: { tags: ['auth'], summary: 'Người dùng hiện tại', response: { 200: meSchema } } },
    async (request) => me(ctxOf(request, clock).actor),
  );

  api.post(
    '/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đổi mật khẩu',
        body: changePasswordBody,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await changePassword(database, ctxOf(request, clock), request.body);
      return { ok: true as const };
    },
  );
}
