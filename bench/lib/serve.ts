/**
 * A server for the load benchmarks, in its own process so that the load generator does not share its
 * event loop. Prints one JSON line `{ "port": n }` when listening.
 *
 *   tsx bench/lib/serve.ts app       the real application (buildApp): sessions, policies, repositories
 *   tsx bench/lib/serve.ts baseline  bare Fastify + one plain paged query on the same database
 * Database: DATABASE_URL, or VINHDANH_DATA_DIR (PGlite).
 */
import Fastify from 'fastify';
import { buildApp } from '@vinhdanh/server/app';
import { loadConfig } from '@vinhdanh/server/config';
import { openDatabase } from '@vinhdanh/server/db/client';
import { systemClock } from '@vinhdanh/server/lib/clock';

const mode = process.argv[2];
const url = process.env.DATABASE_URL || undefined;
const dataDir = process.env.VINHDANH_DATA_DIR;

async function start() {
  if (mode === 'app') {
    const database = await openDatabase({ url, dataDir });
    const config = { ...loadConfig(), webDist: null, loginRateLimit: { max: 10_000, timeWindowMs: 60_000 } };
    const app = await buildApp({ database, config, clock: systemClock });
    return app.listen({ host: '127.0.0.1', port: 0 });
  }
  if (mode === 'baseline') {
    const app = Fastify({ logger: false });
    const sqlText = `select id, full_name, birth_date, sex, position, unit_id from person order by id limit 50 offset $1`;
    if (url) {
      const { default: pg } = await import('pg');
      const pool = new pg.Pool({ connectionString: url, max: 10 });
      app.get<{ Querystring: { page?: string } }>('/people', async (req) => {
        const page = Math.max(1, Number(req.query.page ?? 1));
        return { data: (await pool.query(sqlText, [(page - 1) * 50])).rows };
      });
    } else {
      const database = await openDatabase({ dataDir });
      app.get<{ Querystring: { page?: string } }>('/people', async (req) => {
        const page = Math.max(1, Number(req.query.page ?? 1));
        return { data: (await database.query(sqlText, [(page - 1) * 50])).rows };
      });
    }
    return app.listen({ host: '127.0.0.1', port: 0 });
  }
  throw new Error('usage: serve.ts app|baseline');
}

// A normal exit on SIGTERM, so that a CPU profile (--cpu-prof) is written.
process.once('SIGTERM', () => process.exit(0));

start().then(
  (address) => console.log(JSON.stringify({ port: Number(new URL(address).port) })),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
