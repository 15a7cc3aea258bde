/**
 * Batch eligibility (issue 3): every title and form for every person and collective of a synthetic
 * province, end to end (set-based facts + the rules engine), against the naive way — per-person queries
 * on a sample of 1,000 people, extrapolated — in the same run; the sample's verdicts must be identical.
 * Then the same batch on PGlite, and a single in-process calculator call (p50/p99).
 *
 *   npm run bench -- bench:eligibility                 PostgreSQL (vinhdanh_bench), then PGlite
 *   npm run bench -- bench:eligibility -- --only postgres
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  evaluateAllTargets,
  evaluateEligibility,
  resolveParameters,
  type SubjectCase,
} from '@vinhdanh/domain';
import type { Database } from '@vinhdanh/server/db/client';
import type { Ctx } from '@vinhdanh/server/lib/context';
import { buildPersonCase } from '@vinhdanh/server/modules/eligibility/case-builder';
import { computeSuggestions } from '@vinhdanh/server/modules/eligibility/eligibility.service';
import { loadPersonFacts } from '@vinhdanh/server/modules/eligibility/person-facts.repository';
import { defaultProvince, generateProvince } from './generate-province.ts';
import { sampleRss, tmpRoot } from './lib/harness.ts';
import {
  describeTarget,
  ensurePgDatabase,
  formatMs,
  LOCAL_PG,
  openTarget,
  withDatabaseName,
} from './lib/target.ts';

const { values } = parseArgs({
  options: { only: { type: 'string' }, sample: { type: 'string', default: '1000' } },
});
const YEAR = 2025;
const SAMPLE = Number(values.sample);

async function prepare(
  target: { url?: string; dataDir?: string },
  opts: Partial<typeof defaultProvince>,
): Promise<Database> {
  let database = await openTarget({ ...target, poolSize: 8 });
  const { rows } = await database.query<{ n: number }>('select count(*)::int as n from person');
  if (rows[0]?.n !== defaultProvince.people) {
    console.log(`  generating the province into ${describeTarget(target)} …`);
    if (target.url) {
      await database.close();
      await ensurePgDatabase(target.url, { recreate: true });
      database = await openTarget({ ...target, poolSize: 8 });
    }
    await generateProvince(database, { ...defaultProvince, ...opts }, (l) => console.log(`  ${l}`));
  }
  // Everyone registered for the year, so the verdicts turn on history (registration is a basis for titles).
  await database.query(
    `insert into registration (year, person_id, unit_id, status)
     select $1, p.id, p.unit_id, 'accepted' from person p
     where not exists (select 1 from registration r where r.person_id = p.id and r.year = $1)`,
    [YEAR],
  );
  return database;
}

async function adminCtx(database: Database): Promise<{ ctx: Ctx; rootId: number }> {
  const { rows } = await database.query<{ id: number; path: string }>(
    'select id, path from unit where parent_id is null order by id limit 1',
  );
  const root = rows[0]!;
  const actor = {
    userId: 1,
    username: 'bench',
    displayName: 'bench',
    locale: 'vi' as const,
    mustChangePassword: false,
    grants: [{ role: 'admin' as const, unitId: root.id, unitPath: root.path }],
    sessionId: 'bench',
    csrfToken: 'bench',
  };
  return { ctx: { actor, requestId: 'bench', now: new Date('2026-01-15T03:00:00Z') }, rootId: root.id };
}

/** The naive way: for each person, one query per kind of fact, then the engine. */
async function naive(database: Database, ids: number[], asOfDate: string) {
  const parameters = resolveParameters(null, asOfDate).values;
  const out = new Map<number, string[]>();
  for (const id of ids) {
    const facts = await loadPersonFacts(database, { personId: id, fromYear: YEAR - 7, toYear: YEAR });
    const subject = buildPersonCase(facts.people[0]!, facts, YEAR, asOfDate);
    out.set(
      id,
      evaluateAllTargets(subject, { parameters }).map((v) => `${v.target}:${v.outcome}`),
    );
  }
  return out;
}

async function run(
  label: string,
  target: { url?: string; dataDir?: string },
  opts: Partial<typeof defaultProvince>,
) {
  console.log(`\n== ${label} (${describeTarget(target)}) ==`);
  const database = await prepare(target, opts);
  const { ctx, rootId } = await adminCtx(database);
  const counts = (
    await database.query<{ p: number; y: number; a: number }>(
      'select (select count(*)::int from person) p, (select count(*)::int from person_year) y, (select count(*)::int from award) a',
    )
  ).rows[0]!;
  console.log(`  ${counts.p} people, ${counts.y} yearly ratings, ${counts.a} awards; year ${YEAR}`);

  const rss = sampleRss();
  const heapBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const { all, counts: byTarget } = await computeSuggestions(database, ctx, {
    unitId: rootId,
    year: YEAR,
    outcome: 'proposable',
    page: 1,
    pageSize: 50,
  });
  const batchMs = performance.now() - t0;
  const peak = rss.stop();
  const verdicts = Object.values(byTarget).reduce(
    (s, c) => s + Object.values(c).reduce((a, b) => a + b, 0),
    0,
  );
  console.log(
    `  batch: ${verdicts} verdicts (all titles, all people and collectives) in ${formatMs(batchMs)}; peak RSS ${peak.toFixed(0)} MB (${(heapBefore / 1e6).toFixed(0)} MB before)`,
  );
  console.log(`  target: < 1.5 s end to end -> ${batchMs < 1500 ? 'met' : 'MISSED'}`);

  if (target.url) {
    const { rows } = await database.query<{ id: number }>(
      `select id from person order by hashtext(id::text) limit ${SAMPLE}`,
    );
    const ids = rows.map((r) => r.id);
    const t1 = performance.now();
    const sample = await naive(database, ids, '2026-01-15');
    const naiveMs = performance.now() - t1;
    const perPerson = naiveMs / ids.length;
    const extrapolated = perPerson * counts.p;
    console.log(
      `  naive: ${ids.length} people one by one in ${formatMs(naiveMs)} (${perPerson.toFixed(2)} ms a person) -> ${formatMs(extrapolated)} for the province`,
    );
    console.log(`  batch is ${(extrapolated / batchMs).toFixed(0)}x faster (target >= 100x)`);
    // Identical answers on the sample: rebuild the batch's verdicts for those people.
    const batchFacts = await loadPersonFacts(database, { unitPath: '/', fromYear: YEAR - 7, toYear: YEAR });
    const parameters = resolveParameters(null, '2026-01-15').values;
    const wanted = new Set(ids);
    let same = 0;
    for (const p of batchFacts.people) {
      if (!wanted.has(p.id)) continue;
      const got = evaluateAllTargets(buildPersonCase(p, batchFacts, YEAR, '2026-01-15'), { parameters }).map(
        (v) => `${v.target}:${v.outcome}`,
      );
      if (got.join() !== sample.get(p.id)?.join())
        throw new Error(`person ${p.id}: batch ${got.join()} != naive ${sample.get(p.id)?.join()}`);
      same += 1;
    }
    console.log(`  identical verdicts on the sample: ${same}/${ids.length}`);
    if (same !== ids.length) throw new Error('the sample was not fully compared');
  }
  console.log(`  (suggestions listed: ${all.length} proposable rows)`);
  await database.close();
}

function calculatorCall() {
  const subject: SubjectCase = {
    kind: 'individual',
    targetYear: 2025,
    asOfDate: '2025-12-15',
    registration: { registered: true },
    ratings: [2021, 2022, 2023, 2024, 2025].map((year) => ({ year, rating: 'HTXS' as const })),
    awards: [2023, 2024, 2025].flatMap((year) => [
      { code: 'LDTT', year, kind: 'regular' as const, issuerLevel: 'unit' as const },
      { code: 'CSTDCS', year, kind: 'regular' as const, issuerLevel: 'unit' as const },
    ]),
    initiatives: [{ id: 'sk1', kind: 'initiative', level: 'province', recognisedDate: '2025-10-15' }],
  };
  const parameters = resolveParameters(null, '2025-12-15').values;
  const times: number[] = [];
  for (let i = 0; i < 2_000; i++) evaluateEligibility(subject, 'CSTD_TINH', { parameters });
  for (let i = 0; i < 20_000; i++) {
    const t = performance.now();
    evaluateEligibility(subject, 'CSTD_TINH', { parameters });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.floor(q * (times.length - 1))]! * 1000;
  console.log(
    `\n== single calculator call (CSTĐ tỉnh, in-process) ==\n  p50 ${p(0.5).toFixed(1)} µs  p99 ${p(0.99).toFixed(1)} µs  (target p99 < 1 ms -> ${p(0.99) < 1000 ? 'met' : 'MISSED'})`,
  );
}

console.log(`eligibility benchmark, ${new Date().toISOString()}, Node ${process.version}`);
calculatorCall();
const pgUrl =
  process.env.BENCH_PG_URL ?? withDatabaseName(process.env.VINHDANH_TEST_PG ?? LOCAL_PG, 'vinhdanh_bench');
if (values.only !== 'pglite') await run('PostgreSQL', { url: pgUrl }, {});
if (values.only !== 'postgres') {
  const dir = process.env.BENCH_PGLITE_ELIGIBILITY_DIR ?? path.join(tmpRoot, 'bench-pglite-eligibility');
  if (!existsSync(dir)) console.log(`\n(PGlite folder ${dir} is created on first use: several minutes)`);
  await run('PGlite', { dataDir: dir }, {});
}
process.exit(0);
