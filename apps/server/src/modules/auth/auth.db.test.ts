import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('login, session, CSRF, logout', () => {
  it('logs in with the right password, sets an HttpOnly SameSite cookie and returns the actor', async () => {
    const root = await t.factories.unit({ name: 'UBND tỉnh Thử' });
    const u = await t.factories.user({
      username: 'canbo.a',
      grants: [{ role: 'unit_officer', unitId: root.id }],
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'canbo.a', password: t.factories.defaultPassword },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'vd_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = res.json();
    expect(me).toMatchObject({
      id: u.id,
      username: 'canbo.a',
      grants: [{ role: 'unit_officer', unitId: root.id, unitName: 'UBND tỉnh Thử' }],
    });
    expect(me.permissions).toContain('person.write');
    expect(me.permissions).not.toContain('audit.read');
  });

  it('rejects a wrong password and an unknown user with the same error', async () => {
    await t.factories.user({ username: 'canbo.b' });
    for (const payload of [
      { username: 'canbo.b', password: 'sai' },
      { username: 'khongco', password: 'sai' },
    ]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
    }
  });

  it('answers 401 without a session and 403 CSRF_FAILED for a mutation without the token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const c = await t.login((await t.factories.user()).username);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: c.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });

  it('logout ends the session', async () => {
    const c = await t.login((await t.factories.user()).username);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('changes the password: the old one stops working, weak ones are refused', async () => {
    const u = await t.factories.user();
    const c = await t.login(u.username);
    const weak = await c.post('/api/v1/auth/password', {
      currentPassword: t.factories.defaultPassword,
      newPassword: 'ngan',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].path).toBe('body.newPassword');
    const wrong = await c.post('/api/v1/auth/password', {
      currentPassword: 'sai-mat-khau',
      newPassword: 'MoiHon2026',
    });
    expect(wrong.statusCode).toBe(401);
    expect(
      (
        await c.post('/api/v1/auth/password', {
          currentPassword: t.factories.defaultPassword,
          newPassword: 'MoiHon2026',
        })
      ).statusCode,
    ).toBe(200);
    await expect(t.login(u.username)).rejects.toThrow(/401/);
    await expect(t.login(u.username, 'MoiHon2026')).resolves.toBeTruthy();
  });

  it('rate-limits repeated logins for the same user and address', async () => {
    const database = t.database;
    const { buildApp } = await import('../../app.ts');
    const { loadConfig } = await import('../../config.ts');
    const app = await buildApp({
      database,
      clock: t.clock.now,
      config: { ...loadConfig({}), webDist: null, loginRateLimit: { max: 3, timeWindowMs: 60_000 } },
    });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push(
        (
          await app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { username: 'x', password: 'y' },
          })
        ).statusCode,
      );
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    await app.close();
  });
});
