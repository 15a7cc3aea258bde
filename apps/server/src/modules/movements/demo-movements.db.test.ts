import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../seed/demo.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

it('the demo loads the five sample plans through the text import, their fields from the texts', async () => {
  await seedDemo(t.database, new Date('2026-11-22T02:00:00Z'));
  const admin = await t.login('admin', 'VinhDanh@2026');
  const list = (await admin.get('/api/v1/movements?pageSize=50')).json();
  expect(list.total).toBe(5);
  const byPlan = new Map(list.data.map((m: { planNumber: string | null }) => [m.planNumber, m]));
  // Hậu Giang 2021: Kế hoạch số 04/KH-UBND ngày 13/01/2021, 2021–2025, under way.
  const hg = byPlan.get('04/KH-UBND') as { id: number; status: string; planDate: string };
  expect(hg).toMatchObject({ status: 'in_progress', planDate: '2021-01-13' });
  const detail = (await admin.get(`/api/v1/movements/${hg.id}`)).json().data;
  expect(detail).toMatchObject({
    name: 'phong trào thi đua yêu nước năm 2021',
    fromDate: '2021-01-01',
    fromPrecision: 'year',
    toDate: '2025-01-01',
    toPrecision: 'year',
  });
  expect(detail.goals.length).toBeGreaterThan(0);
  expect(list.data.map((m: { status: string }) => m.status).sort()).toEqual([
    'draft',
    'in_progress',
    'launched',
    'launched',
    'launched',
  ]);
  // Every launched one is on the public portal; the draft is not.
  const pub = (await t.app.inject({ method: 'GET', url: '/api/v1/public/movements?pageSize=20' })).json();
  expect(pub.total).toBe(4);
});
