/**
 * Synthetic province for benchmarks: a unit tree with materialised paths, people with Vietnamese names
 * (search text and sort key from @vinhdanh/domain, exactly as the app stores them), ten years of ratings
 * and about a million award rows. Set-based: unnest() multi-row inserts for what is generated in
 * JavaScript (units, people), insert … select over generate_series for what follows from them.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/vinhdanh_bench tsx bench/generate-province.ts
 *   tsx bench/generate-province.ts --pglite tmp/bench-pglite --people 100000 --awards 0
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toSearchText, vietnameseNameSortKey } from '@vinhdanh/domain';
import type { Database } from '@vinhdanh/server/db/client';
import { hashPassword } from '@vinhdanh/server/modules/auth/password';
import { randomEthnicity, randomName } from '@vinhdanh/server/seed/names';
import { createRandom } from '@vinhdanh/server/seed/random';
import { describeTarget, formatMs, openTarget } from './lib/target.ts';

export const BENCH_PASSWORD = 'VinhDanh@2026';

export interface ProvinceOptions {
  units: number;
  people: number;
  /** Years of ratings per person (and the span awards are drawn from). */
  years: number;
  /** Award rows wanted (approximate); 0 for none. */
  awards: number;
  seed: number;
}

export const defaultProvince: ProvinceOptions = {
  units: 2_000,
  people: 100_000,
  years: 10,
  awards: 1_000_000,
  seed: 2026,
};

interface UnitRow {
  id: number;
  parentId: number | null;
  path: string;
  name: string;
  code: string;
  kind: string;
  level: string;
}

const LEVEL1 = ['Sở', 'Ban', 'Ủy ban MTTQ', 'Xã', 'Phường'];
const PLACES = ['An Hòa', 'Bình Minh', 'Đông Sơn', 'Hải Châu', 'Kim Liên', 'Long Phú', 'Ngọc Lâm', 'Phú Đức'];
const LEVEL3 = ['Trường Tiểu học', 'Trường THCS', 'Trạm Y tế', 'Phòng', 'Trung tâm', 'Tổ dân phố', 'Thôn'];
const POSITIONS = [
  'Chuyên viên',
  'Chuyên viên chính',
  'Giáo viên',
  'Bác sĩ',
  'Kế toán',
  'Cán sự',
  'Nhân viên',
];
const STAFF = ['cong_chuc', 'vien_chuc', 'vien_chuc', 'can_bo', 'nguoi_lao_dong'];

/**
 * Three levels under the root: 1 % of units are departments/communes (level 1), 10 % their offices
 * (level 2), the rest the schools, clinics, villages below those. A level-1 subtree holds ~5 % of people.
 */
function buildUnits(n: number): UnitRow[] {
  const l1 = Math.max(2, Math.round(n * 0.01));
  const l2 = Math.max(l1, Math.round(n * 0.1));
  const units: UnitRow[] = [
    {
      id: 1,
      parentId: null,
      path: '/1/',
      name: 'Ủy ban nhân dân tỉnh Bench',
      code: 'B',
      kind: 'agency',
      level: 'province',
    },
  ];
  for (let id = 2; id <= n; id++) {
    const isL1 = id <= 1 + l1;
    const isL2 = !isL1 && id <= 1 + l1 + l2;
    const parentId = isL1 ? 1 : isL2 ? 2 + ((id - 2 - l1) % l1) : 2 + l1 + ((id - 2 - l1 - l2) % l2);
    const parent = units[parentId - 1]!;
    const words = isL1 ? LEVEL1 : isL2 ? LEVEL3.slice(3) : LEVEL3;
    const name = `${words[id % words.length]} ${PLACES[id % PLACES.length]} số ${id}`;
    const commune = name.startsWith('Xã') || name.startsWith('Phường');
    units.push({
      id,
      parentId,
      path: `${parent.path}${id}/`,
      name,
      code: `B-${id}`,
      kind: name.startsWith('Trường') ? 'school' : commune ? 'commune' : 'agency',
      level: isL1 && !commune ? 'province' : 'commune',
    });
  }
  return units;
}

const BATCH = 5_000;

async function insertUnits(database: Database, units: UnitRow[]) {
  for (let i = 0; i < units.length; i += BATCH) {
    const part = units.slice(i, i + BATCH);
    await database.query(
      `insert into unit (id, code, name, kind, level, parent_id, path, search_name)
       select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[])`,
      [
        part.map((u) => u.id),
        part.map((u) => u.code),
        part.map((u) => u.name),
        part.map((u) => u.kind),
        part.map((u) => u.level),
        part.map((u) => u.parentId),
        part.map((u) => u.path),
        part.map((u) => toSearchText(u.name)),
      ],
    );
  }
  await database.query(`select setval(pg_get_serial_sequence('unit', 'id'), (select max(id) from unit))`);
}

async function insertPeople(database: Database, units: UnitRow[], n: number, seed: number) {
  const rnd = createRandom(seed);
  for (let start = 0; start < n; start += BATCH) {
    const size = Math.min(BATCH, n - start);
    const cols: unknown[][] = Array.from({ length: 11 }, () => []);
    for (let i = 0; i < size; i++) {
      const k = start + i;
      const sex = rnd.chance(0.52) ? 'female' : 'male';
      const fullName = randomName(rnd, sex);
      const u = units[rnd.int(1, units.length - 1)]!; // nobody works at the root itself
      const year = rnd.int(1965, 2002);
      const values = [
        fullName,
        toSearchText(fullName),
        vietnameseNameSortKey(fullName),
        `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
        sex,
        randomEthnicity(rnd),
        String(100_000_000_000 + k).padStart(12, '0'),
        rnd.pick(POSITIONS),
        rnd.pick(STAFF),
        u.id,
        u.path,
      ];
      for (const [c, v] of values.entries()) cols[c]!.push(v);
    }
    await database.query(
      `insert into person (full_name, search_name, sort_key, birth_date, sex, ethnicity, id_number, position,
                           staff_category, unit_id, unit_path)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[],
                            $8::text[], $9::text[], $10::int[], $11::text[])`,
      cols,
    );
  }
  await database.query(
    `insert into person_membership (person_id, unit_id, from_date, position)
     select id, unit_id, date '2015-01-01', position from person`,
  );
}

/** Ratings and awards drawn from a hash of (person, year): deterministic, no session state needed. */
async function insertHistory(database: Database, years: number, awards: number, people: number) {
  const last = 2025;
  const first = last - years + 1;
  const h = (salt: string) => `(abs(hashtext(p.id::text || '${salt}' || y::text)) % 1000)`;
  if (years > 0) {
    await database.query(
      `insert into person_year (person_id, year, rating)
       select p.id, y, case when ${h(':r')} < 200 then 'HTXS' when ${h(':r')} < 850 then 'HTT'
                          when ${h(':r')} < 970 then 'HT' else 'KHT' end
       from person p cross join generate_series(${first}, ${last}) y`,
    );
    await database.query(
      `insert into unit_year (unit_id, year, rating)
       select u.id, y, case when ${h(':r').replaceAll('p.id', 'u.id')} < 300 then 'HTXS' else 'HTT' end
       from unit u cross join generate_series(${first}, ${last}) y`,
    );
  }
  if (awards <= 0 || years <= 0) return;
  // Per person-year at the defaults: LĐTT 77 %, CSTĐCS 14 %, Giấy khen 6 %, Bằng khen 3 % ≈ 1.0 award.
  const scale = Math.min(1, awards / (people * years));
  const award = (code: string, level: string, rating: string, permille: number) =>
    database.query(
      `insert into award (person_id, code, kind, year, decision_no, decision_date, issuer, issuer_level)
       select py.person_id, '${code}', 'regular', py.year, py.year || '/QĐ-${code}', make_date(py.year, 12, 20),
              ${level === 'province' ? `'Chủ tịch UBND tỉnh'` : `'Thủ trưởng đơn vị'`}, '${level}'
       from person_year py
       where py.rating in (${rating}) and (abs(hashtext(py.person_id::text || ':${code}:' || py.year::text)) % 1000) < ${Math.round(permille * scale)}`,
    );
  await award('LDTT', 'unit', `'HTXS','HTT'`, 905);
  await award('CSTDCS', 'unit', `'HTXS'`, 700);
  await award('GIAY_KHEN', 'unit', `'HTXS','HTT','HT'`, 62);
  await award('BK_TINH', 'province', `'HTXS'`, 150);
}

/** An administrator on the root and an officer on one level-1 subtree, both with BENCH_PASSWORD. */
async function insertUsers(database: Database) {
  const hash = await hashPassword(BENCH_PASSWORD);
  await database.query(
    `insert into app_user (username, display_name, password_hash)
     values ('admin', 'Quản trị hệ thống', $1), ('canbo', 'Cán bộ đơn vị', $1)`,
    [hash],
  );
  await database.query(
    `insert into role_grant (user_id, role, unit_id)
     select id, case username when 'admin' then 'admin' else 'unit_officer' end,
            case username when 'admin' then 1 else 2 end
     from app_user`,
  );
}

export async function generateProvince(
  database: Database,
  opts: ProvinceOptions = defaultProvince,
  log: (line: string) => void = console.log,
): Promise<void> {
  const { rows } = await database.query<{ n: number }>('select count(*)::int as n from unit');
  if ((rows[0]?.n ?? 0) > 0) throw new Error('the target database already has units: use a fresh one');
  const step = async (label: string, run: () => Promise<unknown>) => {
    const t0 = performance.now();
    await run();
    log(`  ${label.padEnd(34)} ${formatMs(performance.now() - t0)}`);
  };
  const units = buildUnits(opts.units);
  await step(`${opts.units} units`, () => insertUnits(database, units));
  await step(`${opts.people} people (+ memberships)`, () =>
    insertPeople(database, units, opts.people, opts.seed),
  );
  await step(`${opts.years} years of ratings, awards`, () =>
    insertHistory(database, opts.years, opts.awards, opts.people),
  );
  await step('users admin, canbo', () => insertUsers(database));
  // What autovacuum does to a table that has settled: statistics, and the visibility map that lets the
  // covering indexes answer without reading the table (index-only scans). Without it a freshly bulk-loaded
  // table makes every search visit the heap (people list: 8 ms a query instead of 2.6 ms).
  await step('vacuum analyze', () => database.query('vacuum analyze'));
  const counts = await database.query<{ t: string; n: number }>(
    `select 'person' t, count(*)::int n from person union all select 'person_year', count(*)::int from person_year
     union all select 'award', count(*)::int from award union all select 'unit', count(*)::int from unit`,
  );
  log(`  rows: ${counts.rows.map((r) => `${r.t} ${r.n.toLocaleString('en')}`).join(', ')}`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      pglite: { type: 'string' },
      units: { type: 'string' },
      people: { type: 'string' },
      years: { type: 'string' },
      awards: { type: 'string' },
    },
  });
  const target = values.pglite ? { dataDir: values.pglite } : { url: process.env.DATABASE_URL };
  if (!target.url && !target.dataDir) throw new Error('set DATABASE_URL or pass --pglite <folder>');
  const opts: ProvinceOptions = {
    ...defaultProvince,
    ...(values.units ? { units: Number(values.units) } : {}),
    ...(values.people ? { people: Number(values.people) } : {}),
    ...(values.years ? { years: Number(values.years) } : {}),
    ...(values.awards ? { awards: Number(values.awards) } : {}),
  };
  console.log(`Generating a province into ${describeTarget(target)}`);
  const t0 = performance.now();
  const database = await openTarget(target);
  try {
    await generateProvince(database, opts);
  } finally {
    await database.close();
  }
  console.log(`Done in ${formatMs(performance.now() - t0)}.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
