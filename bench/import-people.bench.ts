/**
 * People import at scale: a 100,000-row workbook in the import template's layout (streaming writer),
 * previewed and applied through the import service on PostgreSQL. Prints rows/s for each pass and the
 * peak RSS of this process (sampled every 50 ms). Asserts nothing.
 *
 *   npm run bench:import-people                    (-- --rows 100000)
 * Uses a database of its own (vinhdanh_bench_import), recreated on every run: units only, no people.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toSearchText } from '@vinhdanh/domain';
import { loadConfig } from '@vinhdanh/server/config';
import type { Database } from '@vinhdanh/server/db/client';
import type { Ctx } from '@vinhdanh/server/lib/context';
import { layoutOf } from '@vinhdanh/server/modules/imports/import-templates';
import {
  applyImport,
  getImportJob,
  startImport,
  waitForImportJobs,
} from '@vinhdanh/server/modules/imports/import.service';
import { importKindSpecs } from '@vinhdanh/server/modules/imports/kinds/index';
import { randomEthnicity, randomName } from '@vinhdanh/server/seed/names';
import { createRandom } from '@vinhdanh/server/seed/random';
import ExcelJS from 'exceljs';
import { defaultProvince, generateProvince } from './generate-province.ts';
import { sampleRss, tmpRoot } from './lib/harness.ts';
import { ensurePgDatabase, formatMs, LOCAL_PG, openTarget, withDatabaseName } from './lib/target.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const rows = Number(values.rows);
/*
 * Staff categories are written as their codes (ASCII), not their labels: exceljs 4.4.0's streaming
 * reader decodes each zip chunk to text on its own (lib/utils/parse-sax.js, bufferToString(chunk)), so a
 * multi-byte character split across two chunks becomes U+FFFD. On 100,000 rows about ten cells are hit:
 * a label then fails to parse and the whole apply is refused. Names are hit as well, silently; the run
 * counts them after apply.
 */
const STAFF = ['cong_chuc', 'vien_chuc', 'can_bo', 'nguoi_lao_dong'];

/** Writes the people sheet with the template's headers, one committed row at a time. */
async function writeWorkbook(file: string, unitCodes: string[]): Promise<void> {
  const sheet = layoutOf(importKindSpecs.people).sheets[0]!;
  const headers = sheet.columns.map((c) => c.header);
  const cell = (header: string, p: Record<string, string>) => {
    const h = toSearchText(header);
    if (h === 'ho va ten') return p.fullName;
    if (h === 'ngay sinh') return p.birthDate;
    if (h === 'gioi tinh') return p.sex;
    if (h === 'so cccd') return p.idNumber;
    if (h === 'dan toc') return p.ethnicity;
    if (h === 'ma don vi') return p.unitCode;
    if (h === 'chuc vu') return 'Chuyên viên';
    if (h === 'doi tuong') return p.staff;
    return null;
  };
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
    useStyles: false,
  });
  const ws = wb.addWorksheet(sheet.name);
  ws.addRow(headers).commit();
  const rnd = createRandom(7);
  for (let i = 0; i < rows; i++) {
    const female = rnd.chance(0.52);
    const p: Record<string, string> = {
      fullName: randomName(rnd, female ? 'female' : 'male'),
      birthDate: `${String(rnd.int(1, 28)).padStart(2, '0')}/${String(rnd.int(1, 12)).padStart(2, '0')}/${rnd.int(1965, 2002)}`,
      sex: female ? 'Nữ' : 'Nam',
      idNumber: String(200_000_000_000 + i),
      ethnicity: randomEthnicity(rnd),
      unitCode: unitCodes[rnd.int(0, unitCodes.length - 1)]!,
      staff: rnd.pick(STAFF),
    };
    ws.addRow(headers.map((h) => cell(h, p))).commit();
  }
  ws.commit();
  await wb.commit();
}

async function adminCtx(database: Database): Promise<Ctx> {
  const { rows: users } = await database.query<{ id: number }>(
    `select id from app_user where username = 'admin'`,
  );
  const { rows: roots } = await database.query<{ id: number; path: string }>(
    'select id, path from unit where parent_id is null order by id limit 1',
  );
  return {
    actor: {
      userId: users[0]!.id,
      username: 'admin',
      displayName: 'Quản trị hệ thống',
      locale: 'vi',
      mustChangePassword: false,
      grants: [{ role: 'admin', unitId: roots[0]!.id, unitPath: roots[0]!.path }],
      sessionId: 'bench',
      csrfToken: 'bench',
    },
    requestId: 'bench-import',
    now: new Date(),
  };
}

const url =
  process.env.BENCH_IMPORT_DATABASE_URL ??
  withDatabaseName(process.env.VINHDANH_TEST_PG ?? LOCAL_PG, 'vinhdanh_bench_import');
console.log(`import-people benchmark, ${new Date().toISOString()}, Node ${process.version}, ${rows} rows`);
await ensurePgDatabase(url, { recreate: true });
const database = await openTarget({ url });
await generateProvince(database, { ...defaultProvince, people: 0, years: 0, awards: 0 }, () => undefined);
const { rows: codes } = await database.query<{ code: string }>(
  'select code from unit where parent_id is not null',
);

mkdirSync(tmpRoot, { recursive: true });
const file = path.join(tmpRoot, `bench-people-${rows}.xlsx`);
let t0 = performance.now();
await writeWorkbook(
  file,
  codes.map((c) => c.code),
);
console.log(
  `  workbook written: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB in ${formatMs(performance.now() - t0)}  (${file})`,
);

const deps = {
  database,
  clock: () => new Date(),
  config: { ...loadConfig(), webDist: null, uploadLimitBytes: 200 * 1024 * 1024 },
};
const ctx = await adminCtx(database);
const bytes = readFileSync(file);
const rss = sampleRss(50);

t0 = performance.now();
const started = await startImport(deps, ctx, 'people', path.basename(file), bytes);
await waitForImportJobs();
const previewed = await getImportJob(deps, ctx, started.id);
const previewMs = performance.now() - t0;
console.log(
  `  preview: ${previewed.status}, ${JSON.stringify(previewed.counts)} in ${formatMs(previewMs)} -> ${(rows / (previewMs / 1000)).toFixed(0)} rows/s`,
);
if (previewed.errors.length) console.log(`  first errors: ${JSON.stringify(previewed.errors.slice(0, 3))}`);

t0 = performance.now();
const applied = await applyImport(deps, ctx, started.id);
const applyMs = performance.now() - t0;
const peak = rss.stop();
const { rows: stored } = await database.query<{ n: number; broken: number }>(
  `select count(*)::int as n, (count(*) filter (where full_name like '%\uFFFD%' or ethnicity like '%\uFFFD%'))::int as broken
     from person`,
);
console.log(
  `  apply:   ${applied.status}, ${stored[0]?.n} people stored in ${formatMs(applyMs)} -> ${(rows / (applyMs / 1000)).toFixed(0)} rows/s`,
);
if (stored[0]?.broken)
  console.log(
    `  !! ${stored[0].broken} stored people have U+FFFD in name or ethnicity (exceljs chunk decoding)`,
  );
console.log(`  peak RSS (this process, preview + apply): ${peak.toFixed(0)} MB`);
console.log(
  `  targets: >= 20,000 rows/s -> preview ${(rows / (previewMs / 1000)).toFixed(0)}, apply ${(rows / (applyMs / 1000)).toFixed(0)}; RSS < 500 MB -> ${peak.toFixed(0)} MB`,
);
await database.close();
