import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@vinhdanh/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/client.ts';
import { AppError } from '../lib/app-error.ts';
import type { Clock } from '../lib/clock.ts';
import type { Actor, Ctx } from '../lib/context.ts';
import { cachedActor, rememberActor } from '../lib/session-cache.ts';

export const SESSION_COOKIE = 'vd_session';
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without a session (login, health, public pages). */
    public?: boolean;
    /** Routes that need a session but no CSRF header (login itself). */
    skipCsrf?: boolean;
  }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

interface SessionRow {
  session_id: string;
  csrf_token: string;
  user_id: number;
  username: string;
  display_name: string;
  locale: string;
  must_change_password: boolean;
  grants: { role: Role; unitId: number; unitPath: string }[] | null;
}

/** Loads the actor of a session token with one query: session, user and grants with their unit paths. */
export async function loadActor(database: Database, token: string, now: Date): Promise<Actor | null> {
  const tokenHash = hashToken(token);
  const cached = cachedActor(database.db, tokenHash);
  if (cached) return cached;
  const { rows } = await database.query<SessionRow>(
    `select s.id as session_id, s.csrf_token, u.id as user_id, u.username, u.display_name, u.locale,
            u.must_change_password,
            (select json_agg(json_build_object('role', g.role, 'unitId', g.unit_id, 'unitPath', un.path))
               from role_grant g join unit un on un.id = g.unit_id where g.user_id = u.id) as grants
       from user_session s join app_user u on u.id = s.user_id
      where s.id = $1 and s.expires_at > $2 and u.is_active`,
    [tokenHash, now.toISOString()],
  );
  const r = rows[0];
  if (!r) return null;
  const actor: Actor = {
    userId: r.user_id,
    username: r.username,
    displayName: r.display_name,
    locale: r.locale === 'en' ? 'en' : 'vi',
    mustChangePassword: r.must_change_password,
    grants: r.grants ?? [],
    sessionId: r.session_id,
    csrfToken: r.csrf_token,
  };
  rememberActor(database.db, tokenHash, actor);
  return actor;
}

export function registerAuth(app: FastifyInstance, database: Database, clock: Clock): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request, reply) => {
    // The web app's pages and the API documentation page need no session.
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/v1/docs')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await loadActor(database, token, clock()) : null;
    const config = request.routeOptions.config;
    if (config.public) return;
    if (!request.actor) {
      if (token) reply.clearCookie(SESSION_COOKIE, { path: '/' });
      throw new AppError('UNAUTHENTICATED');
    }
    // Double-submit check: a cross-site form cannot read the token to echo it in a header.
    if (
      MUTATING.has(request.method) &&
      !config.skipCsrf &&
      request.headers['x-csrf-token'] !== request.actor.csrfToken
    ) {
      throw new AppError('CSRF_FAILED');
    }
  });
}

/** The service context of an authenticated request. */
export function ctxOf(request: FastifyRequest, clock: Clock): Ctx {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return { actor: request.actor, requestId: request.id, now: clock() };
}
