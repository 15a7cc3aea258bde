import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser journeys in real Chromium against one real server (PGlite, or PostgreSQL when
// VINHDANH_TEST_PG / DATABASE_URL is set). Files run one after another: they share that server.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
  },
});
