import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Role } from '@vinhdanh/contracts';
import { buildApp, type App } from '../app.ts';
import { loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { withDatabase } from './global-setup.ts';
import { createTestFactories } from './factories.ts';

/** The clock of a test: fixed, and movable by the test. */
export class TestClock {
  constructor(private current = new Date('2026-03-15T02:00:00Z')) {}
  now = () => new Date(this.current);
  set(iso: string) {
    this.current = new Date(iso);
  }
}

/** A database of this test file's own: a clone of the migrated template. */
export async function openTestDatabase(): Promise<Database> {
  const template = inject('pgTemplate');
  const url = process.env.DATABASE_URL;
  if (template && url) {
    // Named after the template (vinhdanh_tpl_<setup pid>) so that the global teardown drops it.
    const name = `${template.replace(/^vinhdanh_tpl_/, 'vt_')}_${randomBytes(4).toString('hex')}`;
    const admin = await openDatabase({ url, poolSize: 1 });
    // Creating from a template needs it idle; retry briefly when a sibling file is cloning it.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${template}`);
        break;
      } catch (err) {
        if (attempt > 20) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
    await admin.close();
    return openDatabase({ url: withDatabase(url, name), poolSize: 5 });
  }
  const dump = inject('pgliteDump');
  if (!dump) throw new Error('globalSetup did not prepare a database');
  return openDatabase({ loadDataDir: new Blob([readFileSync(dump)]) });
}

export interface TestClient {
  csrf: string;
  cookie: string;
  get(url: string): Promise<Awaited<ReturnType<App['inject']>>>;
  post(url: string, body?: unknown): Promise<Awaited<ReturnType<App['inject']>>>;
  patch(url: string, body?: unknown): Promise<Awaited<ReturnType<App['inject']>>>;
  put(url: string, body?: unknown): Promise<Awaited<ReturnType<App['inject']>>>;
  delete(url: string): Promise<Awaited<ReturnType<App['inject']>>>;
}

export async function createTestContext() {
  const database = await openTestDatabase();
  const clock = new TestClock();
  const config = { ...loadConfig({}), webDist: null, loginRateLimit: { max: 1000, timeWindowMs: 60_000 } };
  // VINHDANH_TEST_LOG=1 shows the server log (errors behind a 500) while debugging a test.
  const app = await buildApp({
    database,
    config,
    clock: clock.now,
    logger: process.env.VINHDANH_TEST_LOG === '1',
  });
  const factories = createTestFactories(database, clock);

  async function login(username: string, password = factories.defaultPassword): Promise<TestClient> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const csrf = res.json().csrfToken as string;
    const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
      app.inject({
        method,
        url,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }) },
        ...(payload === undefined ? {} : { payload: payload as never }),
      });
    return {
      csrf,
      cookie,
      get: (url) => send('GET', url),
      post: (url, body) => send('POST', url, body ?? {}),
      patch: (url, body) => send('PATCH', url, body ?? {}),
      put: (url, body) => send('PUT', url, body ?? {}),
      delete: (url) => send('DELETE', url),
    };
  }

  /** A user holding `role` on `unitId`, logged in. */
  async function actingAs(role: Role, unitId: number): Promise<TestClient> {
    const user = await factories.user({ grants: [{ role, unitId }] });
    return login(user.username);
  }

  return {
    app,
    database,
    clock,
    factories,
    login,
    actingAs,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
export type TestContext = Awaited<ReturnType<typeof createTestContext>>;
