import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';

const require = createRequire(import.meta.url);
export const benchDir = path.resolve(import.meta.dirname, '..');
export const repoRoot = path.resolve(benchDir, '..');
export const tmpRoot = path.join(repoRoot, 'tmp');

export interface Served {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts bench/lib/serve.ts in a child process and waits for the port it prints. */
export async function serveInChild(
  mode: 'app' | 'baseline',
  db: { url?: string; dataDir?: string },
): Promise<Served> {
  const { DATABASE_URL: _u, VINHDANH_DATA_DIR: _d, ...env } = process.env;
  // VINHDANH_BENCH_PROF=<folder>: each server writes a CPU profile there when it stops.
  const prof = process.env.VINHDANH_BENCH_PROF;
  const child = spawn(
    process.execPath,
    // tsx's CLI runs the script in a child process of its own: profile through its loader instead.
    [
      ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`, '--import', 'tsx'] : [require.resolve('tsx/cli')]),
      path.join(benchDir, 'lib/serve.ts'),
      mode,
    ],
    {
      cwd: repoRoot,
      env: {
        ...env,
        TZ: 'Asia/Ho_Chi_Minh',
        NODE_ENV: 'production',
        ...(db.url ? { DATABASE_URL: db.url } : { VINHDANH_DATA_DIR: db.dataDir }),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /\{"port":(\d+)\}/.exec(buf);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Logs in through the API; answers the Cookie header to send. */
export async function loginCookie(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

export interface LoadFigures {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** A short warm-up, then `duration` seconds at `connections` concurrent connections. */
export async function load(
  url: string,
  { connections = 20, duration = 10, headers = {} as Record<string, string> } = {},
): Promise<LoadFigures> {
  await autocannon({ url, connections, duration: 2, headers });
  const r: Result = await autocannon({ url, connections, duration, headers });
  return {
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: r.requests.average,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

export function printLoad(label: string, f: LoadFigures): void {
  const bad = f.non2xx || f.errors ? `  (!! ${f.non2xx} non-2xx, ${f.errors} errors)` : '';
  console.log(
    `  ${label.padEnd(44)} p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   ${f.rps.toFixed(0).padStart(6)} req/s${bad}`,
  );
}

/** Samples the resident set size every `everyMs`; stop() answers the peak in MB. */
export function sampleRss(everyMs = 50): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      return peak / 1024 / 1024;
    },
  };
}
