import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests, and integration tests that each get their own migrated database
// (PGlite by default; PostgreSQL when DATABASE_URL is set). Browser journeys live in e2e/.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/node_modules/**'],
          env: { TZ: 'Asia/Ho_Chi_Minh' },
          // CI machines are shared 2-core boxes: a busy neighbour can triple a test's time.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['apps/*/src/**/*.db.test.ts'],
          globalSetup: ['apps/server/src/test/global-setup.ts'],
          env: { TZ: 'Asia/Ho_Chi_Minh' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
