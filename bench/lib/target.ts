import pg from 'pg';
import { type Database, openDatabase } from '@vinhdanh/server/db/client';
import { migrateDatabase } from '@vinhdanh/server/db/migrate';

export const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432/postgres';

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates the PostgreSQL database named in `url` when it does not exist yet (through the `postgres` db). */
export async function ensurePgDatabase(url: string, { recreate = false } = {}): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name "${name}"`);
  const admin = new pg.Client({ connectionString: withDatabaseName(url, 'postgres') });
  await admin.connect();
  try {
    if (recreate) await admin.query(`drop database if exists ${name} with (force)`);
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
}

/** A migrated database: PostgreSQL at `url`, or a PGlite folder. */
export async function openTarget(target: {
  url?: string;
  dataDir?: string;
  poolSize?: number;
}): Promise<Database> {
  if (target.url) await ensurePgDatabase(target.url);
  const database = await openDatabase({
    url: target.url,
    dataDir: target.dataDir,
    poolSize: target.poolSize,
  });
  await migrateDatabase(database);
  return database;
}

export const describeTarget = (t: { url?: string; dataDir?: string }) =>
  t.url ? `PostgreSQL ${new URL(t.url).pathname.slice(1)}` : `PGlite ${t.dataDir}`;

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
