// Fails when the Drizzle schema and the committed migrations differ: generates into a scratch copy
// and checks that nothing new was produced.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const committed = path.join(root, 'apps/server/src/db/migrations');
const scratch = mkdtempSync(path.join(tmpdir(), 'vinhdanh-migrations-'));
cpSync(committed, scratch, { recursive: true });
const before = readdirSync(scratch).filter((f) => f.endsWith('.sql')).length;
const run = spawnSync(
  'npx',
  ['drizzle-kit', 'generate', '--config', 'apps/server/drizzle.config.ts', '--name', 'pending_check'],
  {
    cwd: root,
    env: { ...process.env, VINHDANH_MIGRATIONS_OUT: scratch },
    encoding: 'utf8',
  },
);
const after = readdirSync(scratch).filter((f) => f.endsWith('.sql')).length;
rmSync(scratch, { recursive: true, force: true });
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}
if (after !== before) {
  console.error(
    'Schema and committed migrations differ: run `npm run db:generate` and commit the new migration.',
  );
  process.exit(1);
}
console.log('Migrations match the schema.');
