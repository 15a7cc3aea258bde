/**
 * Batch certificate printing for one decision of 500 awardees (bằng khen / giấy khen / titles as PDF).
 * Phase 1: the pure renderer (renderCertificatesStream), 500 items, bytes drained to nowhere.
 * Phase 2: the real route GET /api/v1/decisions/:id/certificates.pdf on a loopback port, against a
 * generated database (a province root, a signer, an issued decision with 500 decision_award rows),
 * downloaded over HTTP. Prints wall time, time to first byte, pages/s, PDF size, peak RSS sampled every
 * 50 ms, the serving process's longest event-loop stall, and the kernel's high-water mark (VmHWM, which also catches peaks inside synchronous layout
 * work the sampler cannot interrupt), beside the targets (< 30 s, < 500 MB). Asserts nothing.
 *
 *   npm run bench -- bench:certificates                 PGlite in tmp/bench-certificates (recreated)
 *   npm run bench -- bench:certificates -- --pg         PostgreSQL database vinhdanh_bench_certificates
 *   options: --awardees 500 --only renderer|route
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '@vinhdanh/server/app';
import { loadConfig } from '@vinhdanh/server/config';
import type { Database } from '@vinhdanh/server/db/client';
import { type CertificateInput, renderCertificatesStream } from '@vinhdanh/server/documents/pdf/certificate';
import { systemClock } from '@vinhdanh/server/lib/clock';
import { hashPassword } from '@vinhdanh/server/modules/auth/password';
import { randomName } from '@vinhdanh/server/seed/names';
import { createRandom } from '@vinhdanh/server/seed/random';
import { sampleRss, tmpRoot } from './lib/harness.ts';
import { ensurePgDatabase, formatMs, LOCAL_PG, openTarget, withDatabaseName } from './lib/target.ts';

const { values } = parseArgs({
  options: {
    awardees: { type: 'string', default: '500' },
    pg: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const N = Number(values.awardees);
const TARGET_S = 30;
const TARGET_MB = 500;
const PASSWORD = 'VinhDanh@2026';

/** Resets the kernel's peak-RSS counter (Linux); false when not allowed. */
function resetHwm(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
function hwmMb(): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

interface Figures {
  label: string;
  ms: number;
  firstByteMs: number;
  bytes: number;
  pages: number;
  sampledMb: number;
  hwmMb: number | null;
  /** RSS just before the timed work (runtime, modules, database and app already loaded). */
  beforeMb: number;
  /** Longest event-loop stall of the serving process during the download (route phase). */
  maxLoopDelayMs?: number;
}

function report(f: Figures): void {
  const mb = Math.max(f.sampledMb, f.hwmMb ?? 0);
  const met = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
  console.log(`\n${f.label}`);
  console.log(
    `  ${f.pages} pages in ${formatMs(f.ms)} (first byte after ${formatMs(f.firstByteMs)}) — ${(f.pages / (f.ms / 1000)).toFixed(1)} pages/s, PDF ${(f.bytes / 1024 / 1024).toFixed(1)} MB`,
  );
  console.log(
    `  peak RSS: ${f.sampledMb.toFixed(0)} MB sampled every 50 ms, ${f.hwmMb === null ? 'n/a' : `${f.hwmMb.toFixed(0)} MB`} kernel high-water mark`,
  );
  console.log(
    `  RSS before the work ${f.beforeMb.toFixed(0)} MB → increase during the batch ${(mb - f.beforeMb).toFixed(0)} MB`,
  );
  if (f.maxLoopDelayMs !== undefined)
    console.log(`  longest event-loop stall of the server meanwhile: ${formatMs(f.maxLoopDelayMs)}`);
  console.log(`  target time < ${TARGET_S} s: ${met(f.ms < TARGET_S * 1000)}`);
  console.log(`  target memory < ${TARGET_MB} MB, whole process peak: ${met(mb < TARGET_MB)}`);
  console.log(
    `  target memory < ${TARGET_MB} MB, increase for the batch: ${met(mb - f.beforeMb < TARGET_MB)}`,
  );
}

const rnd = createRandom(20251220);
const people = Array.from({ length: N }, (_, i) => ({
  name: randomName(rnd, i % 2 ? 'female' : 'male'),
  unit: `Trường THPT số ${(i % 40) + 1} Hồng Lam`,
  code: `B${String(i).padStart(9, '0')}`,
}));

async function rendererPhase(): Promise<Figures> {
  const items: CertificateInput[] = people.map((p, i) => ({
    kind: 'bang_khen',
    issuerLines: ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HỒNG LAM'],
    formTitle: 'BẰNG KHEN',
    recipientName: p.name,
    recipientUnit: p.unit,
    achievementLine:
      'Đã có thành tích xuất sắc trong phong trào thi đua "Dạy tốt - Học tốt" năm học 2024 - 2025',
    decisionNumber: '123/QĐ-UBND',
    decisionDate: '2025-12-20',
    registryNo: `${String(i + 1).padStart(4, '0')}/2025`,
    place: 'Hồng Lam',
    signDate: '2025-12-20',
    signerTitle: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signerName: 'Phạm Đức Ấn',
    verifyUrl: `http://127.0.0.1:3000/xac-minh/${p.code}`,
    certificateCode: p.code,
  }));
  global.gc?.();
  resetHwm();
  const beforeMb = process.memoryUsage().rss / 1024 / 1024;
  const rss = sampleRss(50);
  const t0 = performance.now();
  const stream = await renderCertificatesStream(items);
  let bytes = 0;
  let firstByteMs = 0;
  for await (const chunk of stream) {
    if (bytes === 0) firstByteMs = performance.now() - t0;
    bytes += (chunk as Buffer).length;
  }
  const ms = performance.now() - t0;
  return {
    label: `Renderer: ${N} certificates (renderCertificatesStream)`,
    ms,
    firstByteMs,
    bytes,
    pages: N,
    sampledMb: rss.stop(),
    hwmMb: hwmMb(),
    beforeMb,
  };
}

async function seed(database: Database): Promise<number> {
  const q = database.query.bind(database);
  const { rows: roots } = await q<{ id: number }>(
    `insert into unit (name, kind, level, path, search_name) values ('Ủy ban nhân dân tỉnh Hồng Lam', 'agency', 'province', 'pending', 'uy ban nhan dan tinh hong lam') returning id`,
  );
  const root = roots[0]!.id;
  const rootPath = `/${root}/`;
  await q('update unit set path = $1 where id = $2', [rootPath, root]);
  const hash = await hashPassword(PASSWORD);
  const { rows: users } = await q<{ id: number }>(
    `insert into app_user (username, display_name, password_hash) values ('lanhdao', 'Lãnh đạo', $1) returning id`,
    [hash],
  );
  await q(`insert into role_grant (user_id, role, unit_id) values ($1, 'signer', $2)`, [users[0]!.id, root]);
  const { rows: ds } = await q<{ id: number }>(
    `insert into decision (issuer_unit_id, issuer_path, issuer_level, year, seq, number, symbol, decision_date, title,
       signer_name, signer_title, status, issued_at)
     values ($1, $2, 'province', 2025, 123, '123/QĐ-UBND', 'QĐ-UBND', '2025-12-20',
       'Tặng Bằng khen của Chủ tịch UBND tỉnh', 'Phạm Đức Ấn', 'KT. Chủ tịch
Phó Chủ tịch', 'issued', now()) returning id`,
    [root, rootPath],
  );
  const decisionId = ds[0]!.id;
  await q(
    `insert into decision_award (decision_id, subject_name, unit_name, code, kind, certificate_code, registry_no)
     select $1, n, u, 'BK_TINH', 'individual', c, lpad(ord::text, 4, '0') || '/2025'
     from unnest($2::text[], $3::text[], $4::text[]) with ordinality as x(n, u, c, ord)`,
    [decisionId, people.map((p) => p.name), people.map((p) => p.unit), people.map((p) => p.code)],
  );
  return decisionId;
}

function download(
  url: string,
  cookie: string,
): Promise<{ status: number; bytes: number; firstByteMs: number; pages: string }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { cookie } }, (res) => {
        let bytes = 0;
        let firstByteMs = 0;
        res.on('data', (c: Buffer) => {
          if (bytes === 0) firstByteMs = performance.now() - t0;
          bytes += c.length;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            bytes,
            firstByteMs,
            pages: String(res.headers['x-certificate-pages'] ?? ''),
          }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

async function routePhase(): Promise<Figures> {
  let target: { url?: string; dataDir?: string };
  if (values.pg) {
    const url = withDatabaseName(process.env.VINHDANH_TEST_PG ?? LOCAL_PG, 'vinhdanh_bench_certificates');
    await ensurePgDatabase(url, { recreate: true });
    target = { url };
  } else {
    const dataDir = path.join(tmpRoot, 'bench-certificates');
    rmSync(dataDir, { recursive: true, force: true });
    target = { dataDir };
  }
  const database = await openTarget(target);
  const decisionId = await seed(database);
  const app = await buildApp({
    database,
    config: { ...loadConfig({}), webDist: null },
    clock: systemClock,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'lanhdao', password: PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  global.gc?.();
  resetHwm();
  const beforeMb = process.memoryUsage().rss / 1024 / 1024;
  const rss = sampleRss(50);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const t0 = performance.now();
  const res = await download(`${base}/api/v1/decisions/${decisionId}/certificates.pdf`, cookie);
  const ms = performance.now() - t0;
  const sampledMb = rss.stop();
  loop.disable();
  const hwm = hwmMb();
  await app.close();
  await database.close();
  if (res.status !== 200) throw new Error(`GET certificates.pdf answered ${res.status}`);
  return {
    label: `Route: GET /api/v1/decisions/:id/certificates.pdf, ${N} awardees, ${values.pg ? 'PostgreSQL' : 'PGlite'} (server in this process)`,
    ms,
    firstByteMs: res.firstByteMs,
    bytes: res.bytes,
    pages: Number(res.pages),
    sampledMb,
    hwmMb: hwm,
    beforeMb,
    maxLoopDelayMs: loop.max / 1e6,
  };
}

console.log(`certificates benchmark, ${new Date().toISOString()}, Node ${process.version}, ${N} awardees`);
console.log(`baseline RSS before any work: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
if (values.only !== 'route') report(await rendererPhase());
if (values.only !== 'renderer') report(await routePhase());
