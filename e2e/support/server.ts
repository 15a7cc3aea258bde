import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { repoRoot } from './paths.ts';

const require = createRequire(import.meta.url);

/** How the server under test reaches its database: a PGlite folder, or a PostgreSQL URL. */
export interface ServerTarget {
  dataDir: string | null;
  databaseUrl: string | null;
  webDist: string;
  port: number;
}

/** The environment the CLI (`serve`, `audit verify`) needs to open the same database. */
export function databaseEnv(target: Pick<ServerTarget, 'dataDir' | 'databaseUrl'>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, VINHDANH_DATA_DIR: _dir, ...rest } = process.env;
  return {
    ...rest,
    TZ: 'Asia/Ho_Chi_Minh',
    ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
    ...(target.dataDir ? { VINHDANH_DATA_DIR: target.dataDir } : {}),
  };
}

/** The CLI entry run through tsx directly (not bin/vinhdanh.mjs), so the pid we hold is the server's. */
export function cliArgs(...args: string[]): string[] {
  return [require.resolve('tsx/cli'), path.join(repoRoot, 'apps/server/src/cli/main.ts'), ...args];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** One `vinhdanh serve` child process; start() waits for /healthz, stop() for the process to exit. */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private log: WriteStream;

  constructor(
    private readonly target: ServerTarget,
    logFile: string,
  ) {
    this.log = createWriteStream(logFile, { flags: 'a' });
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.target.port}`;
  }

  get running(): boolean {
    return this.child !== null;
  }

  async start(timeoutMs = 120_000): Promise<void> {
    if (this.child) return;
    this.log.write(`\n--- start ${new Date().toISOString()} ---\n`);
    const child = spawn(process.execPath, cliArgs('serve'), {
      cwd: repoRoot,
      env: {
        ...databaseEnv(this.target),
        HOST: '127.0.0.1',
        PORT: String(this.target.port),
        VINHDANH_WEB_DIST: this.target.webDist,
        VINHDANH_LOGIN_RATE_MAX: '1000',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    let exited: string | null = null;
    child.once('exit', (code, signal) => {
      exited = `exit code ${code ?? '-'} signal ${signal ?? '-'}`;
      if (this.child === child) this.child = null;
    });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (exited) throw new Error(`server stopped while starting (${exited}); see the server log`);
      try {
        const res = await fetch(`${this.baseUrl}/healthz`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        await this.stop();
        throw new Error(`server did not answer /healthz within ${timeoutMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** SIGTERM (the server seals the audit chain and closes the database), SIGKILL after 15 s. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const done = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await done;
    clearTimeout(timer);
    this.child = null;
  }

  async close(): Promise<void> {
    await this.stop();
    await new Promise<void>((resolve) => this.log.end(resolve));
  }
}
