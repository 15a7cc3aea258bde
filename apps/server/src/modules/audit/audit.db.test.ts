import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAuditChain, verifyAuditChain } from '../../audit/chain.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';

let t: TestContext;
let admin: TestClient;
let rootId: number;

beforeAll(async () => {
  t = await createTestContext();
  const root = await t.factories.unit();
  rootId = root.id;
  admin = await t.actingAs('admin', root.id);
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('records every mutation with actor, entity, before/after and request id', async () => {
    const res = await admin.post('/api/v1/units', {
      name: 'Sở Được Ghi',
      kind: 'agency',
      level: 'province',
      parentId: rootId,
    });
    const unitId = res.json().data.id;
    const requestId = res.headers['x-request-id'];
    const list = (await admin.get(`/api/v1/audit?entityType=unit&entityId=${unitId}`)).json();
    expect(list.data).toHaveLength(1);
    expect(list.data[0]).toMatchObject({
      action: 'unit.create',
      requestId,
      after: { name: 'Sở Được Ghi' },
      before: null,
    });
    expect(list.data[0].actorName).toMatch(/^user/);
  });

  it('verify passes on an intact chain and fails after a row is edited, deleted, or the newest removed', async () => {
    await admin.post('/api/v1/units', {
      name: 'Sở Thứ Hai',
      kind: 'agency',
      level: 'province',
      parentId: rootId,
    });
    await sealAuditChain(t.database);
    const ok = (await admin.get('/api/v1/audit/verify')).json();
    expect(ok).toMatchObject({ ok: true, problems: [] });
    expect(ok.checked).toBeGreaterThan(2);

    await t.database.query(`update audit_event set after = '{"name":"Sửa lén"}' where seq = 2`);
    const edited = await verifyAuditChain(t.database);
    expect(edited.ok).toBe(false);
    expect(edited.problems[0]).toMatchObject({ seq: 2 });
  });

  it('detects a deleted event and a truncated head', async () => {
    const t2 = await (await import('../../test/context.ts')).createTestContext();
    try {
      const root = await t2.factories.unit();
      const a = await t2.actingAs('admin', root.id);
      for (const n of ['Một', 'Hai', 'Ba'])
        await a.post('/api/v1/units', {
          name: `Đơn vị ${n}`,
          kind: 'agency',
          level: 'province',
          parentId: root.id,
        });
      await sealAuditChain(t2.database);
      expect((await verifyAuditChain(t2.database)).ok).toBe(true);
      await t2.database.query('delete from audit_event where seq = (select max(seq) from audit_event)');
      const tail = await verifyAuditChain(t2.database);
      expect(tail.ok).toBe(false);
      await t2.database.query('delete from audit_event where seq = 2');
      const gap = await verifyAuditChain(t2.database);
      expect(gap.problems.map((p) => p.problem).join(' ')).toMatch(/Thiếu sự kiện số 2/);
    } finally {
      await t2.close();
    }
  });

  it('seals events written concurrently without losing any', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        admin.post('/api/v1/units', {
          name: `Song song ${i}`,
          kind: 'agency',
          level: 'province',
          parentId: rootId,
        }),
      ),
    );
    await Promise.all([sealAuditChain(t.database), sealAuditChain(t.database)]);
    const { rows } = await t.database.query<{ n: number }>(
      'select count(*)::int as n from audit_event where seq is null',
    );
    expect(Number(rows[0]!.n)).toBe(0);
  });
});
