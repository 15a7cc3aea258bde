import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';

export function healthRoutes(api: FastifyInstance, { database }: Deps): void {
  api.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Kiểm tra tình trạng',
        response: { 200: z.object({ ok: z.boolean(), database: z.string() }) },
      },
    },
    async () => {
      await database.query('select 1');
      return { ok: true, database: database.kind };
    },
  );
}
