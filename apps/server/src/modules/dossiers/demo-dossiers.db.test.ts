import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../seed/demo.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

it('the demo has a dossier waiting in the province appraiser’s inbox and a draft at the commune', async () => {
  await seedDemo(t.database, new Date('2026-11-22T02:00:00Z'));
  const appraiser = await t.login('thamdinh', 'VinhDanh@2026');
  // The inbox also holds the dossiers of the demo's finished round and running disclosure (demo-awards).
  const inbox = (await appraiser.get('/api/v1/dossiers?box=inbox&status=submitted')).json();
  expect(inbox.total).toBe(1);
  expect(inbox.data[0]).toMatchObject({ status: 'submitted', unitName: 'Sở Giáo dục và Đào tạo' });
  const d = (await appraiser.get(`/api/v1/dossiers/${inbox.data[0].id}`)).json();
  expect(d.data.nominees.length).toBeGreaterThan(0);
  for (const n of d.data.nominees) expect(['eligible', 'needs_council_vote']).toContain(n.verdict.outcome);
  expect(d.actions).toEqual(expect.arrayContaining(['receive', 'return']));
  const bell = (await appraiser.get('/api/v1/notifications/unread-count')).json();
  expect(bell.unread).toBe(1);
  const commune = await t.login('canbo.anhoa', 'VinhDanh@2026');
  const mine = (await commune.get('/api/v1/dossiers?box=mine')).json();
  expect(mine.data).toEqual([expect.objectContaining({ status: 'draft', targetLevel: 'commune' })]);
  expect(mine.data[0].nomineeCount).toBeGreaterThan(0);
  // Not the province appraiser's business, nor another unit's.
  expect((await appraiser.get(`/api/v1/dossiers/${mine.data[0].id}`)).statusCode).toBe(404);
  const sgd = await t.login('canbo.sgd', 'VinhDanh@2026');
  expect((await sgd.get(`/api/v1/dossiers/${mine.data[0].id}`)).statusCode).toBe(404);
});
