import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './apps/server/src/db/schema/index.ts',
  out: process.env.VINHDANH_MIGRATIONS_OUT ?? './apps/server/src/db/migrations',
});
