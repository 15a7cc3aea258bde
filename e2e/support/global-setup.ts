import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { repoRoot, shotsDir, tmpRoot } from './paths.ts';
import { freePort, ServerProcess } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: {
      baseUrl: string;
      /** Loopback endpoint of this setup process: POST /stop and /start the server under test. */
      controlUrl: string;
      dataDir: string | null;
      databaseUrl: string | null;
      /** Set when apps/web/dist was missing and `vite build` failed: browser steps report it. */
      webBuildError: string | null;
    };
  }
}

const webDist = path.join(repoRoot, 'apps/web/dist');

function buildWebIfMissing(): string | null {
  if (existsSync(path.join(webDist, 'index.html'))) return null;
  console.log('[e2e] apps/web/dist is missing: npm run build -w @vinhdanh/web');
  const res = spawnSync('npm', ['run', 'build', '-w', '@vinhdanh/web'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (res.status === 0 && existsSync(path.join(webDist, 'index.html'))) return null;
  const lines = `${res.stdout ?? ''}\n${res.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const causes = lines.filter(
    (l) => /error|could not|cannot|not found|failed/i.test(l) && !/^\s*at /.test(l),
  );
  const output = (causes.length ? causes : lines).slice(0, 15).join('\n');
  console.error(`[e2e] web build failed:\n${output}`);
  return `web build failed (exit ${res.status}):\n${output}`;
}

function databaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  mkdirSync(tmpRoot, { recursive: true });
  rmSync(shotsDir, { recursive: true, force: true });
  mkdirSync(shotsDir, { recursive: true });
  const webBuildError = buildWebIfMissing();

  const adminUrl = process.env.VINHDANH_TEST_PG || process.env.DATABASE_URL || null;
  let databaseUrl: string | null = null;
  let dataDir: string | null = null;
  const dbName = `vinhdanh_e2e_${process.pid}`;
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.query(`create database ${dbName}`);
    await admin.end();
    databaseUrl = databaseName(adminUrl, dbName);
  } else {
    dataDir = mkdtempSync(path.join(tmpRoot, 'e2e-data-'));
  }

  const server = new ServerProcess(
    { dataDir, databaseUrl, webDist, port: await freePort() },
    path.join(tmpRoot, 'e2e-server.log'),
  );
  console.log(`[e2e] starting the server on ${databaseUrl ? `PostgreSQL ${dbName}` : `PGlite ${dataDir}`}`);
  await server.start();

  const control: Server = createServer((req, res) => {
    const action = req.method === 'POST' ? req.url : null;
    const run = action === '/stop' ? server.stop() : action === '/start' ? server.start() : null;
    if (!run) {
      res.writeHead(404).end();
      return;
    }
    run.then(
      () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
      (err: unknown) => res.writeHead(500).end(String(err)),
    );
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  const address = control.address();
  const controlUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  project.provide('e2e', { baseUrl: server.baseUrl, controlUrl, dataDir, databaseUrl, webBuildError });

  return async () => {
    await new Promise<void>((resolve) => control.close(() => resolve()));
    await server.close();
    if (adminUrl) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => undefined);
      await admin.end();
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
