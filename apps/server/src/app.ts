import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from './config.ts';
import type { Database } from './db/client.ts';
import type { Deps } from './deps.ts';
import type { Clock } from './lib/clock.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { moduleRoutes } from './modules/index.ts';
import { peopleRoutes } from './modules/people/people.routes.ts';
import { unitRoutes } from './modules/units/unit.routes.ts';
import { userRoutes } from './modules/users/user.routes.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerErrorHandler } from './plugins/errors.ts';
import { registerOpenApi } from './plugins/openapi.ts';

export interface BuildAppOptions {
  database: Database;
  config: AppConfig;
  clock: Clock;
  logger?: boolean;
}

export type App = FastifyInstance;

export async function buildApp({ database, config, clock, logger = false }: BuildAppOptions): Promise<App> {
  const app = Fastify({
    logger: logger ? { level: config.logLevel } : false,
    bodyLimit: config.bodyLimitBytes,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    ajv: undefined,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const serveWeb = Boolean(config.webDist && existsSync(config.webDist));
  registerErrorHandler(app, { spaFallback: serveWeb });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 10 } });
  await registerOpenApi(app);
  registerAuth(app, database, clock);

  const deps: Deps = { database, clock, config };
  await app.register(
    async (api) => {
      healthRoutes(api, deps);
      authRoutes(api, deps);
      unitRoutes(api, deps);
      peopleRoutes(api, deps);
      userRoutes(api, deps);
      auditRoutes(api, deps);
      for (const register of moduleRoutes) register(api, deps);
    },
    { prefix: '/api/v1' },
  );
  app.get('/healthz', { schema: { hide: true } }, async (_req, reply) => {
    await database.query('select 1');
    return reply.send({ ok: true, database: database.kind });
  });

  if (serveWeb) await app.register(fastifyStatic, { root: config.webDist!, wildcard: false });
  return app;
}
