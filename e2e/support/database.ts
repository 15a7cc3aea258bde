import { spawn } from 'node:child_process';
import path from 'node:path';
import { openDatabase } from '@vinhdanh/server/db/client';
import { inject } from 'vitest';
import { repoRoot } from './paths.ts';
import { databaseEnv } from './server.ts';

/**
 * Runs one SQL statement on the server's database from outside the app, as an intruder with database
 * access would. PGlite allows one process per folder: stop the server first (controlServer('stop')).
 */
export async function runSql<T = Record<string, unknown>>(
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const { dataDir, databaseUrl } = inject('e2e');
  const database = databaseUrl
    ? await openDatabase({ url: databaseUrl, poolSize: 1 })
    : await openDatabase({ dataDir: dataDir ?? undefined });
  try {
    return (await database.query<T>(text, params)).rows;
  } finally {
    await database.close();
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node apps/server/bin/vinhdanh.mjs <args>` as an operator runs it, against the same database as the server under test. */
export async function runCli(...args: string[]): Promise<CliResult> {
  const { dataDir, databaseUrl } = inject('e2e');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'apps/server/bin/vinhdanh.mjs'), ...args], {
      cwd: repoRoot,
      env: databaseEnv({ dataDir, databaseUrl }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
