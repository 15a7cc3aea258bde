import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
    pgliteDump: string | null;
  }
}

/**
 * Migrates once, then every test file starts from a copy: PostgreSQL clones a template database,
 * PGlite loads a dump of a migrated data folder. No shared state between files, no TRUNCATE.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `vinhdanh_tpl_${process.pid}`;
    const admin = await openDatabase({ url });
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const tpl = await openDatabase({ url: withDatabase(url, template) });
    await migrateDatabase(tpl);
    await tpl.close();
    project.provide('pgTemplate', template);
    project.provide('pgliteDump', null);
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like 'vt\\_${process.pid}\\_%'`,
      );
      for (const r of rows)
        await admin.query(`drop database if exists "${r.datname}" with (force)`).catch(() => undefined);
      await admin.query(`drop database if exists ${template} with (force)`).catch(() => undefined);
      await admin.close();
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'vinhdanh-test-'));
  const db = await openDatabase({});
  await migrateDatabase(db);
  const dump = await db.pglite!.dumpDataDir('none');
  const file = path.join(dir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  project.provide('pgTemplate', null);
  project.provide('pgliteDump', file);
  return () => rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
