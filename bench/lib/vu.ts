/**
 * Virtual users for the multi-user load benchmarks: a logged-in API session (cookie + CSRF header) and a
 * recorder that keeps every request's latency per operation kind, the errors, and a few error bodies.
 * Plain `fetch` (Node's bundled undici, keep-alive by default); the latency is measured from the call to
 * the last byte of the body, so it includes the load generator's own event-loop delay.
 */

export interface ApiUser {
  username: string;
  /** The user's id (answered by the login). */
  id: number;
  baseUrl: string;
  cookie: string;
  csrf: string;
}

export interface ErrorSample {
  op: string;
  status: number | string;
  user: string;
  path: string;
  body: string;
}

interface OpSamples {
  ms: number[];
  errors: number;
  /** Latencies by phase (e.g. while proposers are active / after). */
  byPhase: Map<string, number[]>;
}

export class Recorder {
  readonly ops = new Map<string, OpSamples>();
  readonly samples: ErrorSample[] = [];
  /** Label attached to each latency recorded from now on. */
  phase = 'all';
  constructor(private readonly samplesPerOp = 3) {}

  private of(op: string): OpSamples {
    let s = this.ops.get(op);
    if (!s) {
      s = { ms: [], errors: 0, byPhase: new Map() };
      this.ops.set(op, s);
    }
    return s;
  }

  record(op: string, ms: number, error?: Omit<ErrorSample, 'op'>): void {
    const s = this.of(op);
    s.ms.push(ms);
    const phase = s.byPhase.get(this.phase) ?? [];
    phase.push(ms);
    s.byPhase.set(this.phase, phase);
    if (error) {
      s.errors++;
      if (this.samples.filter((e) => e.op === op).length < this.samplesPerOp)
        this.samples.push({ op, ...error });
    }
  }

  get totalRequests(): number {
    let n = 0;
    for (const s of this.ops.values()) n += s.ms.length;
    return n;
  }

  get totalErrors(): number {
    let n = 0;
    for (const s of this.ops.values()) n += s.errors;
    return n;
  }
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface OpFigures {
  op: string;
  count: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

export function figuresOf(ms: readonly number[]): Omit<OpFigures, 'op' | 'errors'> {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

const num = (ms: number) => (Number.isNaN(ms) ? '–' : Math.round(ms).toLocaleString('en'));

/**
 * Prints count, p50, p99, max and errors per operation, in the order given, with MET / NOT MET against
 * `p99 < p99TargetMs and 0 errors`. Answers the figures.
 */
export function printOpTable(rec: Recorder, order: readonly string[], p99TargetMs: number): OpFigures[] {
  const rows: OpFigures[] = [];
  for (const op of [...order, ...[...rec.ops.keys()].filter((o) => !order.includes(o))]) {
    const s = rec.ops.get(op);
    if (!s) continue;
    rows.push({ op, errors: s.errors, ...figuresOf(s.ms) });
  }
  const w = Math.max(18, ...rows.map((r) => r.op.length));
  console.log(
    `  ${'operation'.padEnd(w)} ${'count'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'errors'.padStart(7)}   p99 < ${p99TargetMs} ms, 0 errors`,
  );
  for (const r of rows) {
    const met = r.p99 < p99TargetMs && r.errors === 0;
    console.log(
      `  ${r.op.padEnd(w)} ${r.count.toLocaleString('en').padStart(7)} ${num(r.p50).padStart(8)} ${num(r.p99).padStart(8)} ${num(r.max).padStart(8)} ${String(r.errors).padStart(7)}   ${met ? 'MET' : 'NOT MET'}`,
    );
  }
  return rows;
}

/** p50 / p99 of each operation per phase, one line per operation. */
export function printPhaseTable(rec: Recorder, order: readonly string[], phases: readonly string[]): void {
  for (const op of order) {
    const s = rec.ops.get(op);
    if (!s) continue;
    const cells = phases.map((p) => {
      const f = figuresOf(s.byPhase.get(p) ?? []);
      return `${p}: ${f.count.toLocaleString('en').padStart(6)} × p50 ${num(f.p50).padStart(6)} p99 ${num(f.p99).padStart(6)}`;
    });
    console.log(`  ${op.padEnd(18)} ${cells.join('   ')}`);
  }
}

/** Logs in through the API: the session cookie, the CSRF token and the user id. */
export async function loginUser(baseUrl: string, username: string, password: string): Promise<ApiUser> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`login of ${username} failed: ${res.status} ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { id: number; csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { username, id: body.id, baseUrl, cookie, csrf: body.csrfToken };
}

/**
 * One API call as `user`, timed and recorded under `op`. Answers the parsed body, or undefined after a
 * non-2xx answer or a network error (both recorded as errors, with the body for the samples).
 */
export async function apiCall<T>(
  rec: Recorder,
  user: ApiUser,
  op: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T | undefined> {
  const headers: Record<string, string> = { cookie: user.cookie };
  if (method !== 'GET') headers['x-csrf-token'] = user.csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const t0 = performance.now();
  try {
    const res = await fetch(`${user.baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const ms = performance.now() - t0;
    if (!res.ok) {
      rec.record(op, ms, { status: res.status, user: user.username, path, body: text.slice(0, 400) });
      return undefined;
    }
    rec.record(op, ms);
    return JSON.parse(text) as T;
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    rec.record(op, performance.now() - t0, {
      status: e.cause?.code ?? e.name,
      user: user.username,
      path,
      body: `${e.message}${e.cause?.message ? `: ${e.cause.message}` : ''}`,
    });
    return undefined;
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Runs `fn` over `items` with at most `limit` calls in flight. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
