/**
 * People list under load: the real app (session check, scope, subtree filter, accent-free search, a page
 * of 50 in Vietnamese name order) against a bare Fastify + one plain paged query on the same database.
 * Prints figures beside the targets; asserts nothing.
 *
 *   npm run bench:people-list                      PostgreSQL (vinhdanh_bench), then PGlite
 *   npm run bench:people-list -- --only postgres   (or pglite); --duration 10 --connections 20
 * The databases are generated on first use (bench/generate-province.ts) and kept for later runs.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from '@vinhdanh/server/db/client';
import { BENCH_PASSWORD, defaultProvince, generateProvince } from './generate-province.ts';
import { load, loginCookie, printLoad, serveInChild, tmpRoot } from './lib/harness.ts';
import { describeTarget, ensurePgDatabase, LOCAL_PG, openTarget, withDatabaseName } from './lib/target.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    people: { type: 'string', default: String(defaultProvince.people) },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const peopleWanted = Number(values.people);

interface Target {
  url?: string;
  dataDir?: string;
}

/** Opens the target, generating the province first when it does not hold `peopleWanted` people. */
async function prepare(target: Target, opts: Partial<typeof defaultProvince>): Promise<Database> {
  let database = await openTarget(target);
  const { rows } = await database.query<{ n: number }>('select count(*)::int as n from person');
  if (rows[0]?.n !== peopleWanted) {
    console.log(`  generating the province (${peopleWanted} people) into ${describeTarget(target)} …`);
    if (target.url) {
      await database.close();
      await ensurePgDatabase(target.url, { recreate: true });
      database = await openTarget(target);
    } else if ((rows[0]?.n ?? 0) > 0)
      throw new Error(`${target.dataDir} holds other data: delete the folder`);
    await generateProvince(database, { ...defaultProvince, people: peopleWanted, ...opts }, (l) =>
      console.log(`  ${l}`),
    );
  }
  return database;
}

/** The level-1 unit whose subtree holds the number of people nearest to 5 % of the province. */
async function midSubtree(database: Database) {
  const { rows } = await database.query<{ id: number; name: string; n: number }>(
    `select u.id, u.name, (select count(*)::int from person p where p.unit_path like u.path || '%') as n
       from unit u where u.parent_id = (select id from unit where parent_id is null order by id limit 1)`,
  );
  const target = peopleWanted * 0.05;
  return rows.sort((a, b) => Math.abs(a.n - target) - Math.abs(b.n - target))[0]!;
}

async function run(kind: 'postgres' | 'pglite', target: Target) {
  console.log(`\n== ${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} (${describeTarget(target)}) ==`);
  const database = await prepare(target, kind === 'pglite' ? { years: 0, awards: 0 } : {});
  const subtree = await midSubtree(database);
  const { rows: matches } = await database.query<{ n: number }>(
    `select count(*)::int as n from person p join unit u on u.id = $1
      where p.unit_path like u.path || '%' and p.search_name like '%nguyen van%'`,
    [subtree.id],
  );
  await database.close(); // PGlite: one process per folder, the servers open it next
  console.log(
    `  subtree "${subtree.name}" (id ${subtree.id}): ${subtree.n} people, ${matches[0]?.n} match "nguyen van"; ${connections} connections, ${duration} s`,
  );

  // Other processes on the machine skew every figure: say how busy it was.
  console.log(`  load average (1 min) before the run: ${loadavg()[0]!.toFixed(1)}`);
  const app = await serveInChild('app', target);
  let appFigures: Awaited<ReturnType<typeof load>>;
  try {
    const cookie = await loginCookie(app.url, 'admin', BENCH_PASSWORD);
    const url = `${app.url}/api/v1/people?q=nguyen%20van&unitId=${subtree.id}&page=1&pageSize=50`;
    const first = await fetch(url, { headers: { cookie } });
    const body = (await first.json()) as { total?: number; data?: unknown[] };
    if (!first.ok) throw new Error(`people list answered ${first.status}: ${JSON.stringify(body)}`);
    console.log(`  app answers ${body.data?.length} of ${body.total} rows`);
    appFigures = await load(url, { connections, duration, headers: { cookie } });
  } finally {
    await app.stop();
  }
  const baseline = await serveInChild('baseline', target);
  let baseFigures: Awaited<ReturnType<typeof load>>;
  try {
    baseFigures = await load(`${baseline.url}/people?page=1`, { connections, duration });
  } finally {
    await baseline.stop();
  }
  printLoad('app   GET /api/v1/people?q=nguyen van&unitId', appFigures);
  printLoad(`baseline Fastify + ${kind === 'postgres' ? 'pg' : 'PGlite'}, order by id limit 50`, baseFigures);
  const ratio = (appFigures.rps / baseFigures.rps) * 100;
  const target99 = appFigures.p99 <= 25 ? 'met' : 'MISSED';
  const targetRatio = ratio >= 50 ? 'met' : 'MISSED';
  console.log(`  app / baseline req/s: ${ratio.toFixed(0)} %`);
  if (kind === 'postgres')
    console.log(
      `  targets (PostgreSQL): p99 <= 25 ms -> ${appFigures.p99} ms ${target99}; >= 50 % of baseline -> ${ratio.toFixed(0)} % ${targetRatio}`,
    );
}

const pgUrl =
  process.env.BENCH_DATABASE_URL ??
  withDatabaseName(process.env.VINHDANH_TEST_PG ?? LOCAL_PG, 'vinhdanh_bench');
const pgliteDir = process.env.BENCH_PGLITE_DIR ?? path.join(tmpRoot, 'bench-pglite');

console.log(`people-list benchmark, ${new Date().toISOString()}, Node ${process.version}`);
if (values.only !== 'pglite') await run('postgres', { url: pgUrl });
if (values.only !== 'postgres') {
  if (!existsSync(pgliteDir))
    console.log(`\n(PGlite folder ${pgliteDir} is created on first use: a few minutes)`);
  await run('pglite', { dataDir: pgliteDir });
}
