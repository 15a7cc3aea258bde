// `npm test`: the whole suite. Unit tests; integration tests on PGlite and, when PostgreSQL is
// reachable (DATABASE_URL, or VINHDANH_TEST_PG / a server on 127.0.0.1:5432), on PostgreSQL too;
// browser journeys in real Chromium. Prints one closing line: "N passed, M failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'tmp/test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function pgUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (process.env.VINHDANH_TEST_PG) return process.env.VINHDANH_TEST_PG;
  const probe = spawnSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432'], { encoding: 'utf8' });
  return probe.status === 0 ? 'postgres://postgres@127.0.0.1:5432/postgres' : null;
}

const runs = [];
function vitest(name, args, env = {}) {
  const file = path.join(out, `${name}.json`);
  console.log(`\n=== ${name} ===`);
  const res = spawnSync(
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh', ...env },
    },
  );
  let passed = 0;
  let failed = 0;
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (report.numTotalTestSuites === 0 ? 1 : 0);
  }
  if (res.status !== 0 && failed === 0) failed = 1;
  runs.push({ name, passed, failed });
}

const only = process.argv[2];
const url = pgUrl();
if (!only || only === 'unit') vitest('unit', ['--project', 'unit']);
if (!only || only === 'db') {
  const { DATABASE_URL: _ignored, ...envWithoutPg } = process.env;
  process.env = envWithoutPg;
  vitest('integration (PGlite)', ['--project', 'db']);
  if (url) vitest('integration (PostgreSQL)', ['--project', 'db'], { DATABASE_URL: url });
  else if (process.env.CI) runs.push({ name: 'integration (PostgreSQL): no server', passed: 0, failed: 1 });
  else console.log('\n(PostgreSQL not reachable: integration tests ran on PGlite only)');
}
if (!only || only === 'e2e') {
  if (existsSync(path.join(root, 'e2e/vitest.config.ts')))
    vitest('browser (Chromium)', ['--config', 'e2e/vitest.config.ts']);
}

console.log('\nSummary:');
for (const r of runs) console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = runs.reduce((s, r) => s + r.passed, 0);
const failed = runs.reduce((s, r) => s + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
