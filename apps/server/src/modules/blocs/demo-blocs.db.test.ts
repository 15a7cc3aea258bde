import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { seedDemoBlocs } from './demo-blocs.ts';

let t: TestContext;
afterAll(() => t.close());
beforeAll(async () => {
  t = await createTestContext();
});

it('seeds two blocs, a pact and a scored table whose ranking and proposals read well', async () => {
  const root = await t.factories.unit({ name: 'UBND tỉnh', code: 'UBND' });
  const codes = [
    'SGD',
    'SYT',
    'STC',
    'SNV',
    'SXD',
    'SNNMT',
    'SKHCN',
    'P-HL',
    'P-BTH',
    'P-TH',
    'X-BT',
    'X-NS',
    'X-AH',
    'X-TP',
  ];
  const ids = new Map<string, number>([['UBND', root.id]]);
  for (const code of codes)
    ids.set(code, (await t.factories.unit({ name: `Đơn vị ${code}`, code, parentId: root.id })).id);
  const out = await t.database.db.transaction((tx) => seedDemoBlocs(tx, ids, 2025));
  expect(out).toMatchObject({ blocs: 2, members: 14 });
  const admin = await t.actingAs('admin', root.id);
  const ranking = (await admin.get(`/api/v1/score-sheets/${out.sheetId}/ranking`)).json();
  expect(
    ranking.rows
      .slice(0, 2)
      .map((r: { unitId: number; total: number; decidedBy: string | null }) => [
        r.unitId,
        r.total,
        r.decidedBy,
      ]),
  ).toEqual([
    [ids.get('SGD'), 99, null],
    [ids.get('SYT'), 99, 'penalty'],
  ]);
  const proposals = (await admin.get(`/api/v1/score-sheets/${out.sheetId}/proposals`)).json();
  expect(proposals.complete).toBe(false);
  expect(proposals.proposals.map((p: { award: string; unitId: number }) => [p.award, p.unitId])).toEqual([
    ['CO_TINH', ids.get('SGD')],
    ['BK_TINH', ids.get('SYT')],
    ['BK_TINH', ids.get('STC')],
  ]);
  const blocs = (await admin.get('/api/v1/blocs')).json().data;
  const pact = (
    await admin.get(
      `/api/v1/blocs/${blocs.find((b: { name: string }) => b.name.startsWith('Khối')).id}/pacts/2025`,
    )
  ).json().data;
  expect(pact.signatures).toHaveLength(6);
  expect(pact.unsigned).toHaveLength(1);
});
