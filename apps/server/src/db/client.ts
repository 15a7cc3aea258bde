import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.ts';

/** One type for both drivers: the query builder is the same, only the connection differs. */
export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs raw SQL with parameters; both drivers answer `{ rows }`. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  close(): Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
}

export interface DatabaseOptions {
  url?: string;
  dataDir?: string;
  /** A PGlite data-dir dump to start from (tests: a migrated template). */
  loadDataDir?: Blob;
  poolSize?: number;
}

export const pgliteExtensions = { unaccent, pg_trgm };

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    // Dates stay 'YYYY-MM-DD' strings; never let the driver shift them through a JS Date.
    pool.on('error', (err) => console.error('PostgreSQL pool error', err));
    const db = drizzlePg(pool, { schema });
    return {
      kind: 'postgres',
      db,
      pool,
      query: (text, params) => pool.query(text, params as unknown[]) as never,
      close: () => pool.end(),
    };
  }
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: opts.dataDir,
    loadDataDir: opts.loadDataDir,
    extensions: pgliteExtensions,
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite: client,
    query: (text, params) => client.query(text, params as unknown[]) as never,
    close: () => client.close(),
  };
}
