/**
 * December peak on PostgreSQL: unit officers create and submit nomination dossiers (hồ sơ đề nghị khen
 * thưởng) while the province's appraisers poll their inbox and appraise them — receive, assign to self,
 * start, one outcome per nominee, complete — all through the HTTP API of two app processes on loopback.
 * Defaults: 180 officers + 20 appraisers = 200 concurrent virtual users, 2,000 dossiers, 20,000 nominees.
 * Prints count, p50, p99, max and errors per operation beside the target (p99 < 300 ms, 0 errors);
 * asserts nothing.
 *
 *   npm run bench -- bench:dossiers-peak                     full size (several minutes)
 *   npm run bench -- bench:dossiers-peak -- --quick          200 dossiers on a smaller province
 *   options: --officers 180 --appraisers 20 --dossiers 2000 --nominees-per-dossier 10
 *            --think-ms 0 (pause of each user between two requests) --units 400 --people 40000 --years 6
 *            --keep (keep the database vinhdanh_bench_dossiers after the run) --timeout-s 3600
 *            --stale-stats (no ANALYZE stand-in when the server runs with autovacuum off)
 * The database is dropped and recreated at every run, migrated, and filled with the province generator
 * at a reduced size plus registrations for the year, the officers' and appraisers' accounts.
 */
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Database } from '@vinhdanh/server/db/client';
import { hashPassword } from '@vinhdanh/server/modules/auth/password';
import { BENCH_PASSWORD, defaultProvince, generateProvince } from './generate-province.ts';
import { cpuMeter, processTree } from './lib/cpu.ts';
import { type Served, serveInChild } from './lib/harness.ts';
import { ensurePgDatabase, formatMs, LOCAL_PG, openTarget, withDatabaseName } from './lib/target.ts';
import {
  type ApiUser,
  apiCall,
  loginUser,
  mapLimit,
  printOpTable,
  printPhaseTable,
  Recorder,
  sleep,
} from './lib/vu.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'stale-stats': { type: 'boolean', default: false },
    officers: { type: 'string', default: '180' },
    appraisers: { type: 'string', default: '20' },
    dossiers: { type: 'string' },
    'nominees-per-dossier': { type: 'string', default: '10' },
    'think-ms': { type: 'string', default: '0' },
    units: { type: 'string', default: '400' },
    people: { type: 'string' },
    years: { type: 'string', default: '6' },
    'timeout-s': { type: 'string', default: '3600' },
  },
});
const OFFICERS = Number(values.officers);
const APPRAISERS = Number(values.appraisers);
const DOSSIERS = Number(values.dossiers ?? (values.quick ? 200 : 2000));
const PER_DOSSIER = Number(values['nominees-per-dossier']);
const THINK_MS = Number(values['think-ms']);
const PROVINCE = {
  ...defaultProvince,
  units: Number(values.units),
  people: Number(values.people ?? (values.quick ? 20_000 : 40_000)),
  years: Number(values.years),
};
PROVINCE.awards = PROVINCE.people * PROVINCE.years; // the generator's full award density
const DEADLINE = Date.now() + Number(values['timeout-s']) * 1000;
const YEAR = 2025; // the generator's last year of ratings
const P99_TARGET_MS = 300;
const INBOX_PAGE = 50;
const POLL_MS = 250;
const OPS = [
  'create',
  'submit',
  'inbox list',
  'get detail',
  'receive',
  'assign',
  'start',
  'appraise nominee',
  'complete',
] as const;

const dbUrl =
  process.env.BENCH_DATABASE_URL ??
  withDatabaseName(process.env.VINHDANH_TEST_PG ?? LOCAL_PG, 'vinhdanh_bench_dossiers');
const dbName = decodeURIComponent(new URL(dbUrl).pathname.slice(1));

interface Officer {
  username: string;
  unitId: number;
  /** People of the unit, those rated HTT/HTXS in the year first. */
  people: number[];
  dossiers: number;
}

/** Registrations for the year, the officers (one leaf unit each) and the appraisers (root unit). */
async function seedActors(database: Database): Promise<{ officers: Officer[]; appraisers: string[] }> {
  const need = Math.max(10, PER_DOSSIER);
  await database.query(
    `insert into registration (year, person_id, unit_id, status, submitted_at)
     select $1, p.id, p.unit_id, 'submitted', now() from person p`,
    [YEAR],
  );
  const { rows: units } = await database.query<{ id: number; people: number[] }>(
    `select u.id, array_agg(p.id order by (y.rating in ('HTT', 'HTXS')) desc nulls last, p.id) as people
       from unit u join person p on p.unit_id = u.id
       left join person_year y on y.person_id = p.id and y.year = $1
      where not exists (select 1 from unit c where c.parent_id = u.id)
      group by u.id having count(*) >= $2 order by u.id limit $3`,
    [YEAR, need, OFFICERS],
  );
  if (units.length < OFFICERS)
    throw new Error(
      `only ${units.length} leaf units hold ≥ ${need} people; raise --people or lower --officers`,
    );
  const base = Math.floor(DOSSIERS / OFFICERS);
  const officers: Officer[] = units.map((u, i) => ({
    username: `officer${String(i + 1).padStart(3, '0')}`,
    unitId: u.id,
    people: u.people,
    dossiers: base + (i < DOSSIERS % OFFICERS ? 1 : 0),
  }));
  const appraisers = Array.from(
    { length: APPRAISERS },
    (_, j) => `appraiser${String(j + 1).padStart(2, '0')}`,
  );
  const hash = await hashPassword(BENCH_PASSWORD); // one argon2 hash shared by every bench account
  const names = [
    ...officers.map((o) => [o.username, `Cán bộ TĐKT ${o.username.slice(7)}`]),
    ...appraisers.map((a) => [a, `Chuyên viên thẩm định ${a.slice(9)}`]),
  ];
  await database.query(
    `insert into app_user (username, display_name, password_hash)
     select u, d, $3 from unnest($1::text[], $2::text[]) as t(u, d)`,
    [names.map((n) => n[0]), names.map((n) => n[1]), hash],
  );
  const { rows: root } = await database.query<{ id: number }>(
    'select id from unit where parent_id is null order by id limit 1',
  );
  await database.query(
    `insert into role_grant (user_id, role, unit_id)
     select au.id, g.role, g.unit_id
       from unnest($1::text[], $2::text[], $3::int[]) as g(username, role, unit_id)
       join app_user au on au.username = g.username`,
    [
      [...officers.map((o) => o.username), ...appraisers],
      [...officers.map(() => 'unit_officer'), ...appraisers.map(() => 'appraiser')],
      [...officers.map((o) => o.unitId), ...appraisers.map(() => root[0]!.id)],
    ],
  );
  await database.query('analyze');
  return { officers, appraisers };
}

type Detail = {
  data: {
    id: number;
    version: number;
    status: string;
    nominees: { id: number; version: number; removedAt: string | null }[];
  };
};
type List = { data: { id: number; status: string }[]; total: number };

const rec = new Recorder();
let officersDone = false;
const done = { created: 0, submitted: 0, appraisedDossiers: 0, appraisedNominees: 0 };
const think = () => (THINK_MS > 0 ? sleep(THINK_MS * (0.5 + Math.random())) : undefined);

async function runOfficer(user: ApiUser, o: Officer): Promise<void> {
  for (let k = 0; k < o.dossiers && Date.now() < DEADLINE; k++) {
    const nominees = Array.from({ length: PER_DOSSIER }, (_, i) => ({
      subjectKind: 'individual' as const,
      personId: o.people[(k * PER_DOSSIER + i) % o.people.length]!,
      target: i === PER_DOSSIER - 1 ? 'CSTDCS' : 'LDTT',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ được giao, tích cực tham gia phong trào thi đua của đơn vị.',
      justification: 'Đơn vị đề nghị xem xét theo kết quả bình xét của Hội đồng thi đua cơ sở.',
    }));
    const created = await apiCall<Detail>(rec, user, 'create', 'POST', '/dossiers', {
      unitId: o.unitId,
      kind: 'regular',
      targetLevel: 'province',
      year: YEAR,
      title: `Đề nghị tặng danh hiệu Lao động tiên tiến năm ${YEAR} (đợt ${k + 1}, ${user.username})`,
      letterNumber: `${k + 1}/TTr-${o.unitId}`,
      nominees,
      origin: { kind: 'manual' },
    });
    await think();
    if (!created) continue;
    done.created++;
    const submitted = await apiCall<Detail>(
      rec,
      user,
      'submit',
      'POST',
      `/dossiers/${created.data.id}/transition`,
      { action: 'submit', version: created.data.version },
    );
    if (submitted) done.submitted++;
    await think();
  }
}

/** Pages through the inbox (submitted dossiers) until it finds some of this appraiser's share. */
async function scanInbox(user: ApiUser, j: number, seen: Set<number>): Promise<number[] | undefined> {
  for (let page = 1; ; page++) {
    const list = await apiCall<List>(
      rec,
      user,
      'inbox list',
      'GET',
      `/dossiers?box=inbox&status=submitted&page=${page}&pageSize=${INBOX_PAGE}`,
    );
    await think();
    if (!list) return undefined;
    const mine = list.data.filter((d) => d.id % APPRAISERS === j && !seen.has(d.id)).map((d) => d.id);
    if (mine.length > 0 || list.data.length < INBOX_PAGE) return mine;
  }
}

async function appraiseDossier(user: ApiUser, id: number): Promise<void> {
  const step = async (op: string, action: string, extra: Record<string, unknown>, version: number) => {
    const r = await apiCall<Detail>(rec, user, op, 'POST', `/dossiers/${id}/transition`, {
      action,
      version,
      ...extra,
    });
    await think();
    return r;
  };
  let d = await apiCall<Detail>(rec, user, 'get detail', 'GET', `/dossiers/${id}`);
  await think();
  for (const [op, action, extra] of [
    ['receive', 'receive', {}],
    ['assign', 'assign', { assigneeUserId: user.id }],
    ['start', 'start_appraisal', {}],
  ] as const) {
    if (!d) return;
    d = await step(op, action, extra, d.data.version);
  }
  if (!d) return;
  let appraised = 0;
  for (const n of d.data.nominees.filter((x) => !x.removedAt)) {
    const eligible = n.id % 10 !== 7; // one in ten judged not eligible, with the reason
    const r = await apiCall<Detail>(
      rec,
      user,
      'appraise nominee',
      'POST',
      `/dossiers/${id}/nominees/${n.id}/appraise`,
      eligible
        ? { version: n.version, outcome: 'eligible' }
        : {
            version: n.version,
            outcome: 'not_eligible',
            reason: 'Chưa đủ minh chứng về kết quả hoàn thành nhiệm vụ năm đề nghị.',
          },
    );
    await think();
    if (!r) return;
    d = r;
    appraised++;
  }
  done.appraisedNominees += appraised;
  if (await step('complete', 'complete_appraisal', {}, d.data.version)) done.appraisedDossiers++;
}

async function runAppraiser(user: ApiUser, j: number): Promise<void> {
  const seen = new Set<number>();
  let failures = 0;
  while (Date.now() < DEADLINE) {
    const officersFinished = officersDone; // read before the scan: nothing new can come after it
    const mine = await scanInbox(user, j, seen);
    if (mine === undefined) {
      if (++failures > 20) return;
      await sleep(POLL_MS);
      continue;
    }
    failures = 0;
    if (mine.length === 0) {
      if (officersFinished) return;
      await sleep(POLL_MS);
      continue;
    }
    for (const id of mine) {
      seen.add(id);
      await appraiseDossier(user, id);
    }
  }
}

async function tableStats(client: pg.Client) {
  const { rows } = await client.query<{
    relname: string;
    seq_scan: string;
    seq_tup_read: string;
    idx_scan: string | null;
  }>('select relname, seq_scan, seq_tup_read, idx_scan from pg_stat_user_tables');
  return new Map(rows.map((r) => [r.relname, r]));
}

async function xactCommits(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    'select xact_commit as n from pg_stat_database where datname = $1',
    [dbName],
  );
  return Number(rows[0]?.n ?? 0);
}

const GROWING = ['dossier', 'nominee', 'dossier_event', 'notification', 'audit_event', 'user_session'];

/**
 * PostgreSQL's autovacuum refreshes the planner statistics of tables that grow; a server running with
 * autovacuum off (like the shared test server) keeps the statistics of the empty dossier tables for the
 * whole run, and the planner then expects hundreds of nominees per dossier (see bench/README.md). Unless
 * --stale-stats, this stands in for the autoanalyze: ANALYZE of the growing tables every 15 s.
 */
async function autoanalyzeStandIn(monitor: pg.Client): Promise<{ stop(): Promise<void> }> {
  const { rows } = await monitor.query<{ autovacuum: string }>('show autovacuum');
  const off = rows[0]?.autovacuum !== 'on';
  if (!off || values['stale-stats']) {
    console.log(
      `  autovacuum is ${off ? 'off' : 'on'} on this server${off ? '; --stale-stats: no ANALYZE during the run' : ''}`,
    );
    return { stop: async () => undefined };
  }
  console.log(`  autovacuum is off on this server: ANALYZE ${GROWING.join(', ')} every 15 s in its place`);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => client.query(`analyze ${GROWING.join(', ')}`)).catch(() => undefined);
  }, 15_000);
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await client.end();
    },
  };
}

async function dropDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabaseName(dbUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${dbName} with (force)`);
  } finally {
    await admin.end();
  }
}

async function main() {
  console.log(`dossiers-peak benchmark, ${new Date().toISOString()}, Node ${process.version}`);
  console.log(
    `  ${OFFICERS} officers + ${APPRAISERS} appraisers, ${DOSSIERS.toLocaleString('en')} dossiers × ${PER_DOSSIER} nominees, think time ${THINK_MS} ms, two app processes`,
  );
  if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`unexpected database name "${dbName}"`);

  // 1. A fresh database with a reduced province, registrations and the bench accounts.
  let t = performance.now();
  await ensurePgDatabase(dbUrl, { recreate: true });
  const database = await openTarget({ url: dbUrl, poolSize: 4 });
  let officers: Officer[];
  let appraiserNames: string[];
  try {
    console.log(`  generating the province into PostgreSQL ${dbName} …`);
    await generateProvince(database, PROVINCE, (l) => console.log(`  ${l}`));
    ({ officers, appraisers: appraiserNames } = await seedActors(database));
  } finally {
    await database.close();
  }
  console.log(
    `  seeded in ${formatMs(performance.now() - t)}: registrations for ${YEAR}, ${officers.length} officers (one leaf unit each, ${Math.min(...officers.map((o) => o.people.length))}–${Math.max(...officers.map((o) => o.people.length))} people), ${appraiserNames.length} appraisers on the root unit`,
  );

  // 2. Two app processes on loopback (bench/lib/serve.ts: buildApp, no demo data, pool of 10 each).
  process.env.VINHDANH_NO_DEMO = '1';
  const servers: Served[] = await Promise.all([
    serveInChild('app', { url: dbUrl }),
    serveInChild('app', { url: dbUrl }),
  ]);
  let stopped = false;
  const stopServers = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all(servers.map((s) => s.stop()));
  };
  const monitor = new pg.Client({ connectionString: dbUrl });
  await monitor.connect();
  try {
    console.log(`  app processes: ${servers.map((s) => s.url).join(', ')}`);

    // 3. Every user logs in (argon2id verification), spread over both processes.
    const logins = new Recorder();
    const everyone = [
      ...officers.map((o, i) => ({ name: o.username, server: servers[i % 2]! })),
      ...appraiserNames.map((a, j) => ({ name: a, server: servers[j % 2]! })),
    ];
    t = performance.now();
    const users = await mapLimit(everyone, everyone.length, async (u) => {
      const t0 = performance.now();
      const user = await loginUser(u.server.url, u.name, BENCH_PASSWORD);
      logins.record('login', performance.now() - t0);
      return user;
    });
    console.log(
      `  ${users.length} logins at once in ${formatMs(performance.now() - t)} (argon2id; not part of the peak figures)`,
    );
    printOpTable(logins, ['login'], P99_TARGET_MS);
    const officerUsers = users.slice(0, officers.length);
    const appraiserUsers = users.slice(officers.length);

    // 4. The peak: officers create and submit while the appraisers work through their share.
    const analyzer = await autoanalyzeStandIn(monitor);
    const stats0 = await tableStats(monitor);
    const commits0 = await xactCommits(monitor);
    const appPids = servers.map((s) => s.child.pid!);
    const cpu = cpuMeter(
      {
        'app processes': () => appPids.flatMap((p) => processTree(p)),
        'PostgreSQL (bench db backends)': async () =>
          (
            await monitor.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [
              dbName,
            ])
          ).rows.map((r) => r.pid),
        'load generator': () => [process.pid],
      },
      { fromStart: (label) => label.startsWith('PostgreSQL') },
    );
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const load0 = loadavg()[0]!;
    console.log(`  load average (1 min) before the run: ${load0.toFixed(1)}`);
    rec.phase = 'peak';
    t = performance.now();
    let officersMs = 0;
    const progress = setInterval(() => {
      console.log(
        `  … ${((performance.now() - t) / 1000).toFixed(0)} s: ${done.created} created, ${done.submitted} submitted, ${done.appraisedDossiers} appraised (${done.appraisedNominees} nominees), ${rec.totalErrors} errors, load ${loadavg()[0]!.toFixed(1)}`,
      );
    }, 30_000);
    await Promise.all([
      Promise.all(officers.map((o, i) => runOfficer(officerUsers[i]!, o))).then(() => {
        officersDone = true;
        officersMs = performance.now() - t;
        rec.phase = 'tail';
      }),
      Promise.all(appraiserUsers.map((u, j) => runAppraiser(u, j))),
    ]);
    clearInterval(progress);
    await analyzer.stop();
    const wallMs = performance.now() - t;
    lag.disable();
    const load1 = loadavg()[0]!;
    const cpuReport = await cpu.stop();

    // 5. Figures.
    console.log(
      `\n== ${done.created.toLocaleString('en')} dossiers created, ${done.submitted.toLocaleString('en')} submitted, ${done.appraisedDossiers.toLocaleString('en')} appraised (${done.appraisedNominees.toLocaleString('en')} nominees) ==`,
    );
    const rows = printOpTable(rec, OPS, P99_TARGET_MS);
    const requests = rec.totalRequests;
    console.log(
      `\n  wall time ${formatMs(wallMs)} (officers done after ${formatMs(officersMs)}); ${requests.toLocaleString('en')} requests → ${(requests / (wallMs / 1000)).toFixed(0)} req/s; ${(done.appraisedNominees / (wallMs / 1000)).toFixed(1)} nominees appraised/s; errors ${rec.totalErrors}`,
    );
    const missed = rows.filter((r) => !(r.p99 < P99_TARGET_MS && r.errors === 0)).map((r) => r.op);
    console.log(
      `  target p99 < ${P99_TARGET_MS} ms, 0 errors: ${missed.length === 0 ? 'MET for every operation' : `NOT MET for ${missed.join(', ')}`}`,
    );
    console.log(
      `\n  by phase (peak: ${OFFICERS + APPRAISERS} users while the officers are at work; tail: the ${APPRAISERS} appraisers alone):`,
    );
    printPhaseTable(rec, OPS, ['peak', 'tail']);
    if (rec.samples.length) {
      console.log('\n  error samples:');
      for (const e of rec.samples) console.log(`    ${e.op} ${e.status} ${e.user} ${e.path}: ${e.body}`);
    }
    console.log(
      `\n  load average (1 min) ${load0.toFixed(1)} before, ${load1.toFixed(1)} after; machine CPU busy ${(cpuReport.machineBusy * 100).toFixed(0)} % of all cores over ${cpuReport.wallSeconds.toFixed(0)} s (${cpuReport.machineSeconds.toFixed(0)} CPU-s)`,
    );
    for (const [label, s] of Object.entries(cpuReport.groups))
      console.log(
        `    ${label.padEnd(32)} ${s.toFixed(0).padStart(5)} CPU-s  (${(s / cpuReport.wallSeconds).toFixed(2)} cores)`,
      );
    const others = cpuReport.machineSeconds - Object.values(cpuReport.groups).reduce((a, b) => a + b, 0);
    console.log(`    ${'everything else on the machine'.padEnd(32)} ${others.toFixed(0).padStart(5)} CPU-s`);
    console.log(
      `  load generator event-loop delay: p50 ${(lag.percentile(50) / 1e6).toFixed(0)} ms, p99 ${(lag.percentile(99) / 1e6).toFixed(0)} ms, max ${(lag.max / 1e6).toFixed(0)} ms (included in every latency above)`,
    );

    // 6. What the database did: statements per request, sequential scans, end state.
    await stopServers(); // closing the pools flushes their statistics
    await sleep(1500);
    const commits = (await xactCommits(monitor)) - commits0;
    console.log(
      `\n  PostgreSQL: ${commits.toLocaleString('en')} committed transactions (each statement outside a transaction counts as one) = ${(commits / requests).toFixed(1)} per request`,
    );
    const stats1 = await tableStats(monitor);
    const scans = [...stats1.values()]
      .map((r) => {
        const b = stats0.get(r.relname);
        return {
          table: r.relname,
          seq: Number(r.seq_scan) - Number(b?.seq_scan ?? 0),
          read: Number(r.seq_tup_read) - Number(b?.seq_tup_read ?? 0),
          idx: Number(r.idx_scan ?? 0) - Number(b?.idx_scan ?? 0),
        };
      })
      .filter((r) => r.seq > 0)
      .sort((a, b) => b.read - a.read)
      .slice(0, 8);
    console.log('  sequential scans during the run (table: scans, rows read; index scans):');
    for (const s of scans)
      console.log(
        `    ${s.table.padEnd(22)} ${s.seq.toLocaleString('en').padStart(8)} seq, ${s.read.toLocaleString('en').padStart(12)} rows read; ${s.idx.toLocaleString('en').padStart(9)} idx`,
      );
    const status = await monitor.query<{ status: string; n: number }>(
      'select status, count(*)::int as n from dossier group by status order by status',
    );
    const verdicts = await monitor.query<{ k: string; n: number }>(
      `select coalesce(verdict_outcome, '(none)') || ' → ' || coalesce(appraisal, '(none)') as k, count(*)::int as n
         from nominee group by 1 order by 2 desc`,
    );
    console.log(`  dossiers by status: ${status.rows.map((r) => `${r.status} ${r.n}`).join(', ')}`);
    console.log(
      `  nominees (engine verdict → appraisal): ${verdicts.rows.map((r) => `${r.k} ${r.n}`).join(', ')}`,
    );
  } finally {
    await monitor.end();
    await stopServers();
    if (!values.keep) await dropDatabase();
    else console.log(`  kept the database ${dbName}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
