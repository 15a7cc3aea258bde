import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../test/context.ts';

let t: TestContext;
let admin: TestClient;

beforeAll(async () => {
  t = await createTestContext();
  admin = await t.actingAs('admin', (await t.factories.unit()).id);
});
afterAll(() => t.close());

const raw = (
  method: 'POST' | 'PATCH',
  url: string,
  payload: string | Buffer,
  contentType = 'application/json',
) =>
  t.app.inject({
    method,
    url,
    payload,
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': contentType },
  });

describe('bad input never answers 500', () => {
  it.each([
    [
      'malformed JSON',
      () => raw('POST', '/api/v1/units', '{"name": "Sở', 'application/json'),
      400,
      'BAD_REQUEST',
    ],
    ['empty JSON body', () => raw('POST', '/api/v1/units', '', 'application/json'), 400, 'BAD_REQUEST'],
    [
      'wrong types',
      () => admin.post('/api/v1/units', { name: 12, kind: 'agency', level: 'province', parentId: 'một' }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'unknown enum value',
      () =>
        admin.post('/api/v1/people', { fullName: 'Ai Đó', sex: 'x', staffCategory: 'cong_chuc', unitId: 1 }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'bad date',
      () =>
        admin.post('/api/v1/people', {
          fullName: 'Ai Đó',
          sex: 'male',
          staffCategory: 'cong_chuc',
          unitId: 1,
          birthDate: '31/02/1990',
        }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'CCCD with letters',
      () =>
        admin.post('/api/v1/people', {
          fullName: 'Ai Đó',
          sex: 'male',
          staffCategory: 'cong_chuc',
          unitId: 1,
          idNumber: '12345abc',
        }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'oversized payload',
      () => raw('POST', '/api/v1/units', JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) })),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'unsupported content type',
      () => raw('POST', '/api/v1/units', 'name=x', 'text/csv'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['non-numeric id in the path', () => admin.get('/api/v1/people/abc'), 400, 'VALIDATION_FAILED'],
    ['page size too large', () => admin.get('/api/v1/people?pageSize=100000'), 400, 'VALIDATION_FAILED'],
    ['unknown route', () => admin.get('/api/v1/khong-co'), 404, 'NOT_FOUND'],
  ])('%s → %i %s', async (_name, send, status, code) => {
    const res = await send();
    expect(res.statusCode).toBe(status);
    const body = res.json();
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/\p{L}/u);
    expect(body.error.requestId).toBe(res.headers['x-request-id']);
  });

  it('names the failing field in a validation error', async () => {
    const res = await admin.post('/api/v1/people', {
      fullName: 'A',
      sex: 'male',
      staffCategory: 'cong_chuc',
      unitId: 1,
    });
    expect(res.json().error.details).toEqual([expect.objectContaining({ path: 'body.fullName' })]);
    expect(res.json().error.message).toContain('fullName');
  });

  it('answers /healthz and serves the OpenAPI document', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toMatchObject({ ok: true });
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const docsPage = await t.app.inject({ method: 'GET', url: '/api/v1/docs/' });
    expect(docsPage.statusCode).toBe(200);
    expect(docsPage.headers['content-type']).toContain('text/html');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/people', '/api/v1/units/{id}', '/api/v1/auth/login']),
    );
  });
});
