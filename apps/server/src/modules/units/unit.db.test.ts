import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';

let t: TestContext;
let root: { id: number; path: string };
let admin: TestClient;

beforeAll(async () => {
  t = await createTestContext();
  root = await t.factories.unit({ name: 'UBND tỉnh Thử Nghiệm' });
  admin = await t.actingAs('admin', root.id);
});
afterAll(() => t.close());

const create = (c: TestClient, body: Record<string, unknown>) =>
  c.post('/api/v1/units', { kind: 'agency', level: 'province', ...body });

describe('organisation tree', () => {
  it('creates, lists children, searches without diacritics and edits with optimistic locking', async () => {
    const res = await create(admin, { name: 'Sở Giáo dục và Đào tạo', code: 'SGD-T', parentId: root.id });
    expect(res.statusCode).toBe(200);
    const sgd = res.json().data;
    expect(sgd.path).toBe(`${root.path}${sgd.id}/`);
    const children = (await admin.get(`/api/v1/units?parentId=${root.id}`)).json();
    expect(children.data.map((u: { name: string }) => u.name)).toContain('Sở Giáo dục và Đào tạo');
    const found = (await admin.get('/api/v1/units?q=giao%20duc%20va%20dao')).json();
    expect(found.data.map((u: { id: number }) => u.id)).toEqual([sgd.id]);
    const edited = await admin.patch(`/api/v1/units/${sgd.id}`, {
      shortName: 'Sở GD&ĐT',
      version: sgd.version,
    });
    expect(edited.json().data.version).toBe(sgd.version + 1);
    const stale = await admin.patch(`/api/v1/units/${sgd.id}`, { shortName: 'X', version: sgd.version });
    expect(stale.statusCode).toBe(409);
    expect((await create(admin, { name: 'Trùng mã', code: 'SGD-T', parentId: root.id })).statusCode).toBe(
      409,
    );
  });

  it('moves a subtree (paths of units and people follow) and refuses a cycle', async () => {
    const a = (await create(admin, { name: 'Khối A', parentId: root.id })).json().data;
    const b = (await create(admin, { name: 'Khối B', parentId: root.id })).json().data;
    const a1 = (await create(admin, { name: 'Đơn vị A1', parentId: a.id })).json().data;
    const person = await t.factories.person({ unitId: a1.id });
    const moved = await admin.post(`/api/v1/units/${a.id}/move`, { newParentId: b.id, version: a.version });
    expect(moved.statusCode).toBe(200);
    const a1After = (await admin.get(`/api/v1/units/${a1.id}`)).json().data;
    expect(a1After.path).toBe(`${b.path}${a.id}/${a1.id}/`);
    const officerB = await t.actingAs('unit_officer', b.id);
    expect((await officerB.get(`/api/v1/people/${person.id}`)).statusCode).toBe(200);
    const cycle = await admin.post(`/api/v1/units/${b.id}/move`, { newParentId: a1.id, version: b.version });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json().error.code).toBe('UNIT_MOVE_CYCLE');
  });

  it('merges communes into a successor: people move, the sources close and point to it', async () => {
    const old1 = (
      await create(admin, { name: 'Xã Cũ Một', level: 'commune', kind: 'commune', parentId: root.id })
    ).json().data;
    const old2 = (
      await create(admin, { name: 'Xã Cũ Hai', level: 'commune', kind: 'commune', parentId: root.id })
    ).json().data;
    const target = (
      await create(admin, { name: 'Xã Mới', level: 'commune', kind: 'commune', parentId: root.id })
    ).json().data;
    const p = await t.factories.person({ unitId: old1.id });
    const res = await admin.post('/api/v1/units/merge', {
      sourceIds: [old1.id, old2.id],
      targetId: target.id,
      effectiveDate: '2025-07-01',
      decisionNo: '1234/NQ-UBTVQH15',
    });
    expect(res.statusCode).toBe(200);
    const src = (await admin.get(`/api/v1/units/${old1.id}`)).json().data;
    expect(src).toMatchObject({ successorId: target.id, validTo: '2025-07-01' });
    expect((await admin.get(`/api/v1/people/${p.id}`)).json().data.unitId).toBe(target.id);
    const active = (await admin.get(`/api/v1/units?parentId=${root.id}&pageSize=200`))
      .json()
      .data.map((u: { id: number }) => u.id);
    expect(active).not.toContain(old1.id);
    const again = await admin.post('/api/v1/units/merge', {
      sourceIds: [old1.id],
      targetId: target.id,
      effectiveDate: '2025-07-01',
    });
    expect(again.json().error.code).toBe('UNIT_MERGE_INVALID');
  });

  it('an officer sees only their subtree and cannot create a root unit', async () => {
    const a = (await create(admin, { name: 'Sở Riêng', parentId: root.id })).json().data;
    const officer = await t.actingAs('unit_officer', a.id);
    const top = (await officer.get('/api/v1/units')).json().data.map((u: { id: number }) => u.id);
    expect(top).toEqual([a.id]);
    expect((await officer.get(`/api/v1/units/${root.id}`)).statusCode).toBe(404);
    expect((await create(officer, { name: 'Gốc Mới', parentId: null })).statusCode).toBe(403);
    expect((await create(officer, { name: 'Con', parentId: a.id })).statusCode).toBe(403);
  });
});

describe('collective history', () => {
  it('records yearly ratings and awards of a collective; a successor shows its predecessors history', async () => {
    const oldCommune = (
      await create(admin, { name: 'Xã Trước Sáp Nhập', level: 'commune', kind: 'commune', parentId: root.id })
    ).json().data;
    const newCommune = (
      await create(admin, { name: 'Xã Sau Sáp Nhập', level: 'commune', kind: 'commune', parentId: root.id })
    ).json().data;
    expect(
      (await admin.put(`/api/v1/units/${oldCommune.id}/years/2024`, { rating: 'HTXS' })).statusCode,
    ).toBe(200);
    const award = {
      code: 'TTLDXS',
      kind: 'regular',
      year: 2024,
      decisionNo: '99/QĐ-UBND',
      decisionDate: '2025-01-10',
      issuer: 'Chủ tịch UBND tỉnh',
      issuerLevel: 'province',
    };
    expect((await admin.post(`/api/v1/units/${oldCommune.id}/awards`, award)).statusCode).toBe(200);
    expect((await admin.post(`/api/v1/units/${oldCommune.id}/awards`, award)).statusCode).toBe(409);
    await admin.put(`/api/v1/units/${newCommune.id}/years/2025`, { rating: 'HTT' });
    await admin.post('/api/v1/units/merge', {
      sourceIds: [oldCommune.id],
      targetId: newCommune.id,
      effectiveDate: '2025-07-01',
    });
    const history = (await admin.get(`/api/v1/units/${newCommune.id}/history`)).json();
    expect(history.years).toEqual([
      { year: 2025, rating: 'HTT', note: null, inheritedFrom: null },
      {
        year: 2024,
        rating: 'HTXS',
        note: null,
        inheritedFrom: { unitId: oldCommune.id, unitName: 'Xã Trước Sáp Nhập' },
      },
    ]);
    expect(history.awards).toEqual([
      expect.objectContaining({
        code: 'TTLDXS',
        inheritedFrom: { unitId: oldCommune.id, unitName: 'Xã Trước Sáp Nhập' },
      }),
    ]);
  });
});
