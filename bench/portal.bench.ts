/**
 * Public honour roll under load: 1,000,000 awards in `honour`, the real app (no session: the public
 * portal), GET /api/v1/public/honours?q=<fragment without diacritics>&page=1 with 50 connections.
 * Target: p99 under 50 ms on PostgreSQL. Prints figures beside the target; asserts nothing.
 *
 *   npm run bench:portal                          generates vinhdanh_bench_portal on first use, then loads
 *   npm run bench:portal -- --duration 10 --connections 50 --rows 1000000 --explain
 * The honour rows are generated set-based (one INSERT … SELECT from generate_series) and kept for later
 * runs; they are regenerated only when the count differs.
 */
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { toSearchText, vietnameseNameSortKey } from '@vinhdanh/domain';
import type { Database } from '@vinhdanh/server/db/client';
import { load, printLoad, serveInChild } from './lib/harness.ts';
import {
  describeTarget,
  ensurePgDatabase,
  formatMs,
  LOCAL_PG,
  openTarget,
  withDatabaseName,
} from './lib/target.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    rows: { type: 'string', default: '1000000' },
    explain: { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const rowsWanted = Number(values.rows);
const TARGET_P99_MS = 50;

// Family names weighted roughly as in Vietnam (Nguyễn ≈ 38 %), common middle and given names.
const FAMILY: [string, number][] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 4],
  ['Phan', 4],
  ['Vũ', 4],
  ['Võ', 3],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 2],
  ['Hồ', 2],
  ['Ngô', 2],
  ['Dương', 1],
  ['Lý', 1],
  ['Đinh', 1],
];
const MIDDLE = [
  'Văn',
  'Văn',
  'Văn',
  'Thị',
  'Thị',
  'Thị',
  'Hữu',
  'Đức',
  'Minh',
  'Thanh',
  'Ngọc',
  'Quốc',
  'Thu',
  'Hoài',
  'Xuân',
  'Kim',
  'Công',
  'Bảo',
  'Gia',
  'Tuấn',
];
const GIVEN = [
  'An',
  'Anh',
  'Ánh',
  'Bình',
  'Bích',
  'Châu',
  'Chi',
  'Cường',
  'Dũng',
  'Dung',
  'Duy',
  'Đạt',
  'Điệp',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hằng',
  'Hiếu',
  'Hòa',
  'Hoa',
  'Hồng',
  'Hùng',
  'Hưng',
  'Hương',
  'Huy',
  'Khánh',
  'Khoa',
  'Lan',
  'Linh',
  'Loan',
  'Long',
  'Mai',
  'Minh',
  'My',
  'Nam',
  'Nga',
  'Ngân',
  'Nghĩa',
  'Ngọc',
  'Nhung',
  'Oanh',
  'Phong',
  'Phúc',
  'Phương',
  'Quang',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Thành',
  'Thủy',
  'Tiến',
  'Trang',
  'Trung',
  'Tuấn',
  'Tú',
  'Vân',
  'Việt',
  'Xuân',
  'Yến',
];
const CODES = ['CSTDCS', 'LDTT', 'CSTD_TINH', 'BK_UBND_TINH', 'GK_CHU_TICH_XA', 'TTLDXS', 'TTLDTT'];

async function generate(database: Database) {
  const names: string[] = [];
  for (const [family, weight] of FAMILY)
    for (let w = 0; w < weight; w++)
      for (const m of MIDDLE) for (const g of GIVEN) names.push(`${family} ${m} ${g}`);
  console.log(
    `  ${names.length} weighted name combinations; inserting ${rowsWanted} honour rows set-based …`,
  );
  const started = performance.now();
  await database.query('truncate honour restart identity');
  await database.query('drop table if exists bench_name');
  await database.query(
    'create unlogged table bench_name (idx int primary key, name text, search_name text, sort_key text)',
  );
  for (let i = 0; i < names.length; i += 5000) {
    const chunk = names.slice(i, i + 5000);
    await database.query(
      `insert into bench_name select * from unnest($1::int[], $2::text[], $3::text[], $4::text[])`,
      [chunk.map((_, j) => i + j), chunk, chunk.map(toSearchText), chunk.map(vietnameseNameSortKey)],
    );
  }
  await database.query('select setseed(0.42)');
  await database.query(
    `insert into honour (year, code, subject_kind, name, search_name, sort_key, unit_id, unit_name,
                         decision_number, decision_date, issuer, certificate_code, revoked)
     select y, c, 'individual', n.name, n.search_name, n.sort_key, u, 'Đơn vị số ' || u,
            (g % 900 + 1) || '/QĐ-UBND', make_date(y, 12, 1 + g % 28), 'UBND tỉnh Bench', 'B-' || g, g % 97 = 0
       from (select g, 2015 + (g % 11) as y, ($2::text[])[1 + (g * 7) % $3] as c, 1 + (g * 13) % 400 as u,
                    floor(random() * $1)::int as idx
               from generate_series(1, $4) g) s
       join bench_name n on n.idx = s.idx`,
    [names.length, CODES, CODES.length, rowsWanted],
  );
  await database.query('drop table bench_name');
  await database.query('vacuum analyze honour');
  console.log(`  generated in ${formatMs(performance.now() - started)}`);
}

async function explain(database: Database, fragment: string) {
  const { rows } = await database.query<{ 'QUERY PLAN': string }>(
    `explain (analyze, buffers) select h.id from honour h where not h.revoked and h.search_name like $1
      order by h.sort_key, h.id limit 20`,
    [`%${fragment}%`],
  );
  console.log(rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n'));
}

const url =
  process.env.BENCH_DATABASE_URL ??
  withDatabaseName(process.env.VINHDANH_TEST_PG ?? LOCAL_PG, 'vinhdanh_bench_portal');
console.log(`portal honour-roll benchmark, ${new Date().toISOString()}, Node ${process.version}`);
console.log(`\n== PostgreSQL (${describeTarget({ url })}) ==`);
await ensurePgDatabase(url);
const database = await openTarget({ url });
const { rows } = await database.query<{ n: number }>('select count(*)::int as n from honour');
if (rows[0]?.n !== rowsWanted) await generate(database);
else console.log(`  reusing ${rowsWanted} honour rows`);
const fragments = ['nguyen van', 'hoang thi thu', 'ngoc yen'];
for (const f of fragments) {
  const { rows: m } = await database.query<{ n: number }>(
    'select count(*)::int as n from honour where not revoked and search_name like $1',
    [`%${f}%`],
  );
  console.log(`  "${f}" matches ${m[0]?.n} rows`);
  if (values.explain) await explain(database, f);
}
await database.close();

console.log(
  `  load average (1 min) before the run: ${loadavg()[0]!.toFixed(1)}; ${connections} connections, ${duration} s`,
);
const app = await serveInChild('app', { url });
const results: { label: string; figures: Awaited<ReturnType<typeof load>> }[] = [];
try {
  for (const f of fragments) {
    const target = `${app.url}/api/v1/public/honours?q=${encodeURIComponent(f)}&page=1`;
    const first = await fetch(target);
    const body = (await first.json()) as { total?: number; totalCapped?: boolean; data?: unknown[] };
    if (!first.ok) throw new Error(`honours answered ${first.status}: ${JSON.stringify(body)}`);
    console.log(
      `  "${f}": app answers ${body.data?.length} rows of ${body.total}${body.totalCapped ? '+' : ''}`,
    );
    results.push({ label: `same query q=${f}`, figures: await load(target, { connections, duration }) });
  }
  // Every request a different search ("<middle> <given>", 1,240 of them, pages 1–3): mostly cache misses,
  // so this measures the database query itself.
  const varied = MIDDLE.flatMap((m) => GIVEN.map((g) => toSearchText(`${m} ${g}`)));
  let i = 0;
  const nextPath = () => {
    const f = varied[(i * 7919) % varied.length]!;
    const page = 1 + (Math.floor(i / varied.length) % 3);
    i++;
    return `/api/v1/public/honours?q=${encodeURIComponent(f)}&page=${page}`;
  };
  // `requests[].setupRequest` is autocannon API that bench/types does not declare: passed as a variable.
  const variedOptions = {
    url: app.url,
    connections,
    duration,
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: nextPath() }) }],
  };
  const r = await autocannon(variedOptions);
  results.push({
    label: 'varied queries (cache misses)',
    figures: {
      p50: r.latency.p50,
      p99: r.latency.p99,
      rps: r.requests.average,
      requests: r.requests.total,
      non2xx: r.non2xx,
      errors: r.errors + r.timeouts,
    },
  });
  console.log(
    `  varied: ${r.requests.total} requests over ${Math.min(i, varied.length * 3)} distinct searches`,
  );
} finally {
  await app.stop();
}
console.log(`  load average (1 min) after the run: ${loadavg()[0]!.toFixed(1)}`);
for (const { label, figures } of results) {
  printLoad(label, figures);
  console.log(
    `    target p99 < ${TARGET_P99_MS} ms -> ${figures.p99} ms ${figures.p99 < TARGET_P99_MS ? 'MET' : 'NOT MET'}`,
  );
}
