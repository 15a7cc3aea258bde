// `npm start`: builds the web app once if needed, then serves VinhDanh (PGlite in ./data unless DATABASE_URL).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(`${root}apps/web/dist/index.html`) || process.env.VINHDANH_REBUILD_WEB === '1') {
  console.log('Đang dựng giao diện web (lần đầu)…');
  const build = spawnSync('npm', ['run', 'build', '-w', '@vinhdanh/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const serve = spawnSync(
  process.execPath,
  [`${root}apps/server/bin/vinhdanh.mjs`, 'serve', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(serve.status ?? 1);
