/**
 * Scoring (issue 4): a scoring table of 200 criteria scored by 2,000 units, in 100 blocs of 20 —
 * ranking, bands and standings for every bloc on PostgreSQL (the code path of eligibility's
 * Cờ thi đua route: blocStandingsFor). Prints time and memory; target under 0.5 s.
 *
 *   npm run bench -- bench:scoring
 */
import { blocStandingsFor } from '@vinhdanh/server/modules/scoring/ranking.service';
import { sampleRss } from './lib/harness.ts';
import { ensurePgDatabase, formatMs, LOCAL_PG, openTarget, withDatabaseName } from './lib/target.ts';

const UNITS = 2_000;
const BLOCS = 100;
const SECTIONS = 10;
const LEAVES_PER_SECTION = 19; // 10 sections + 190 leaves = 200 criteria, plus a bonus and a penalty group
const YEAR = 2025;

const url = withDatabaseName(process.env.VINHDANH_TEST_PG ?? LOCAL_PG, 'vinhdanh_bench_scoring');
await ensurePgDatabase(url, { recreate: true });
const database = await openTarget({ url });
const q = (text: string, params: unknown[] = []) => database.query(text, params);

console.log(`scoring benchmark, ${new Date().toISOString()}, Node ${process.version}`);
let t = performance.now();
await q(`insert into unit (id, name, kind, level, parent_id, path, search_name)
         values (1, 'UBND tỉnh', 'agency', 'province', null, '/1/', 'ubnd tinh')`);
await q(`insert into unit (id, name, kind, level, parent_id, path, search_name)
         select 1 + g, 'Đơn vị ' || g, 'agency', 'province', 1, '/1/' || (1 + g) || '/', 'don vi ' || g
         from generate_series(1, ${UNITS}) g`);
await q(`select setval('unit_id_seq', ${UNITS + 1})`);
await q(`insert into bloc (id, name, organiser_unit_id, organiser_path)
         select b, 'Khối ' || b, 1, '/1/' from generate_series(1, ${BLOCS}) b`);
await q(`insert into bloc_member (bloc_id, unit_id, year, role)
         select 1 + (g - 1) % ${BLOCS}, 1 + g, ${YEAR}, case when g <= ${BLOCS} then 'leader' else 'member' end
         from generate_series(1, ${UNITS}) g`);
const settings = JSON.stringify({
  bands: [
    { name: 'Xuất sắc', minPoints: 900 },
    { name: 'Tốt', minPoints: 700 },
    { name: 'Khá', minPoints: 0 },
  ],
  flagCount: 1,
  certificateCount: 2,
});
await q(
  `insert into score_sheet (id, bloc_id, year, name, status, settings)
         select b, b, ${YEAR}, 'Bảng điểm khối ' || b, 'open', $1::jsonb from generate_series(1, ${BLOCS}) b`,
  [settings],
);
// Criteria: per sheet, sections (id = sheet*1000 + s) with leaves (sheet*1000 + 100 + s*20 + l), bonus, penalty.
await q(`insert into criterion (id, sheet_id, parent_id, code, name, kind, max_points, position)
         select b * 1000 + s, b, null, s::text, 'Nhóm ' || s, 'normal', ${LEAVES_PER_SECTION * 5}, s
         from generate_series(1, ${BLOCS}) b, generate_series(1, ${SECTIONS}) s`);
await q(`insert into criterion (id, sheet_id, parent_id, code, name, kind, max_points, position)
         select b * 1000 + 100 + s * 20 + l, b, b * 1000 + s, s || '.' || l, 'Tiêu chí ' || s || '.' || l, 'normal', 5, l
         from generate_series(1, ${BLOCS}) b, generate_series(1, ${SECTIONS}) s, generate_series(1, ${LEAVES_PER_SECTION}) l`);
await q(`insert into criterion (id, sheet_id, parent_id, code, name, kind, max_points, cap, position)
         select b * 1000 + 990 + k, b, null, case k when 1 then 'T' else 'Tr' end, case k when 1 then 'Điểm thưởng' else 'Điểm trừ' end,
                case k when 1 then 'bonus' else 'penalty' end, 10, 10, 100 + k
         from generate_series(1, ${BLOCS}) b, generate_series(1, 2) k`);
await q(`insert into assessment (id, sheet_id, unit_id, status)
         select g, 1 + (g - 1) % ${BLOCS}, 1 + g, 'final' from generate_series(1, ${UNITS}) g`);
await q(`insert into score (assessment_id, criterion_id, self_points)
         select a.id, c.id, round((abs(hashtext(a.id || ':' || c.id)) % 500) / 100.0, 2)
         from assessment a join criterion c on c.sheet_id = a.sheet_id where c.parent_id is not null or c.kind <> 'normal'`);
await q('analyze');
const { rows } = await q(
  'select (select count(*)::int from criterion) c, (select count(*)::int from score) s',
);
console.log(
  `  generated ${UNITS} units in ${BLOCS} blocs, ${(rows[0] as { c: number }).c} criteria, ${(rows[0] as { s: number }).s} scores in ${formatMs(performance.now() - t)}`,
);

const RUNS = 7;
const times: number[] = [];
for (let run = 1; run <= RUNS; run++) {
  const rss = sampleRss();
  t = performance.now();
  const standings = await blocStandingsFor(database.db, YEAR);
  const ms = performance.now() - t;
  const peak = rss.stop();
  times.push(ms);
  console.log(
    `  run ${run}: ranking + bands of ${BLOCS} blocs (${standings.size} units ranked) in ${formatMs(ms)}, peak RSS ${peak.toFixed(0)} MB — target < 0.5 s: ${ms < 500 ? 'met' : 'MISSED'}`,
  );
}
const median = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
console.log(
  `  median of ${RUNS} runs ${formatMs(median)}, best ${formatMs(times[0]!)} — target < 0.5 s: ${median < 500 ? 'met' : 'MISSED'}`,
);
await database.close();
