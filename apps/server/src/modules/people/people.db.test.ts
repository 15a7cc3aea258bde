import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';

let t: TestContext;
let root: { id: number };
let unitA: { id: number };
let unitB: { id: number };
let childOfA: { id: number };
let admin: TestClient;
let officerA: TestClient;

beforeAll(async () => {
  t = await createTestContext();
  root = await t.factories.unit({ name: 'UBND tỉnh' });
  unitA = await t.factories.unit({ name: 'Sở Nội vụ', parentId: root.id });
  unitB = await t.factories.unit({ name: 'Sở Tài chính', parentId: root.id });
  childOfA = await t.factories.unit({ name: 'Phòng Thi đua', parentId: unitA.id });
  admin = await t.actingAs('admin', root.id);
  officerA = await t.actingAs('unit_officer', unitA.id);
});
afterAll(() => t.close());

describe('people list: scope, subtree, search without diacritics, Vietnamese order', () => {
  it('finds "Nguyễn Văn An" by "nguyen van an", and "Đào" by "dao"', async () => {
    await t.factories.person({ fullName: 'Nguyễn Văn An', unitId: childOfA.id });
    await t.factories.person({ fullName: 'Đào Thị Hoa', unitId: unitA.id });
    const r1 = await officerA.get('/api/v1/people?q=nguyen%20van%20an');
    expect(r1.json().data.map((p: { fullName: string }) => p.fullName)).toContain('Nguyễn Văn An');
    const r2 = await officerA.get('/api/v1/people?q=DAO%20thi');
    expect(r2.json().data.map((p: { fullName: string }) => p.fullName)).toEqual(['Đào Thị Hoa']);
  });

  it('sorts by given name, then middle, then family name', async () => {
    const u = await t.factories.unit({ parentId: root.id });
    for (const n of ['Trần Văn Bình', 'Lê Thị Ánh', 'Nguyễn Văn Anh', 'Phạm Đức Anh', 'Đỗ Thị Ân'])
      await t.factories.person({ fullName: n, unitId: u.id });
    const names = (await admin.get(`/api/v1/people?unitId=${u.id}`))
      .json()
      .data.map((p: { fullName: string }) => p.fullName);
    expect(names).toEqual(['Phạm Đức Anh', 'Nguyễn Văn Anh', 'Lê Thị Ánh', 'Đỗ Thị Ân', 'Trần Văn Bình']);
    const desc = (await admin.get(`/api/v1/people?unitId=${u.id}&sort=-name`))
      .json()
      .data.map((p: { fullName: string }) => p.fullName);
    expect(desc).toEqual([...names].reverse());
  });

  it('paginates on the server with a total', async () => {
    const u = await t.factories.unit({ parentId: root.id });
    for (let i = 0; i < 7; i++) await t.factories.person({ fullName: `Hoàng Văn Số${i}`, unitId: u.id });
    const page2 = (await admin.get(`/api/v1/people?unitId=${u.id}&page=2&pageSize=3`)).json();
    expect(page2).toMatchObject({ page: 2, pageSize: 3, total: 7 });
    expect(page2.data).toHaveLength(3);
  });

  it('an officer sees only their subtree; the unit filter covers the whole subtree', async () => {
    await t.factories.person({ fullName: 'Người Ở Sở Tài Chính', unitId: unitB.id });
    const all = (await officerA.get('/api/v1/people?pageSize=200'))
      .json()
      .data.map((p: { unitId: number }) => p.unitId);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((id: number) => id === unitA.id || id === childOfA.id)).toBe(true);
    const sub = (await officerA.get(`/api/v1/people?unitId=${unitA.id}`))
      .json()
      .data.map((p: { unitId: number }) => p.unitId);
    expect(sub).toContain(childOfA.id);
  });
});

describe('permissions', () => {
  it('an officer of unit A cannot read or change people of unit B (404)', async () => {
    const p = await t.factories.person({ unitId: unitB.id });
    expect((await officerA.get(`/api/v1/people/${p.id}`)).statusCode).toBe(404);
    expect(
      (await officerA.patch(`/api/v1/people/${p.id}`, { fullName: 'Đổi Tên', version: 1 })).statusCode,
    ).toBe(404);
    expect((await officerA.put(`/api/v1/people/${p.id}/years/2025`, { rating: 'HTXS' })).statusCode).toBe(
      404,
    );
    const moved = await officerA.post('/api/v1/people', {
      fullName: 'Người Mới',
      sex: 'male',
      staffCategory: 'cong_chuc',
      unitId: unitB.id,
    });
    expect(moved.statusCode).toBe(404);
  });

  it('an officer cannot call admin endpoints (403) nor read audit events', async () => {
    expect((await officerA.get('/api/v1/users')).statusCode).toBe(403);
    expect(
      (
        await officerA.post('/api/v1/users', {
          username: 'hacker',
          displayName: 'X Y',
          password: 'MatKhau123',
          grants: [],
        })
      ).statusCode,
    ).toBe(403);
    expect((await officerA.get('/api/v1/audit')).statusCode).toBe(403);
    expect((await officerA.get('/api/v1/audit/verify')).statusCode).toBe(403);
  });

  it('a viewer can read but not write in scope (403)', async () => {
    const viewer = await t.actingAs('viewer', unitA.id);
    const p = await t.factories.person({ unitId: unitA.id });
    expect((await viewer.get(`/api/v1/people/${p.id}`)).json().abilities).toEqual({
      update: false,
      writeRecords: false,
    });
    expect(
      (await viewer.patch(`/api/v1/people/${p.id}`, { fullName: 'Đổi Tên', version: 1 })).statusCode,
    ).toBe(403);
  });
});

describe('person record and history', () => {
  it('creates a person, records years, discipline, initiative, leave and awards, and shows them on the page', async () => {
    const created = await officerA.post('/api/v1/people', {
      fullName: '  nguyễn   thị  mai ',
      birthDate: '1990-02-01',
      sex: 'female',
      idNumber: '001190000001',
      staffCategory: 'vien_chuc',
      unitId: childOfA.id,
    });
    expect(created.statusCode).toBe(200);
    const id = created.json().data.id;
    expect((await officerA.put(`/api/v1/people/${id}/years/2024`, { rating: 'HTXS' })).statusCode).toBe(200);
    expect(
      (await officerA.put(`/api/v1/people/${id}/years/2024`, { rating: 'HTT', note: 'sửa' })).statusCode,
    ).toBe(200);
    expect(
      (
        await officerA.post(`/api/v1/people/${id}/disciplines`, {
          level: 'khien_trach',
          fromDate: '2023-03-01',
          toDate: '2024-02-28',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await officerA.post(`/api/v1/people/${id}/initiatives`, {
          kind: 'initiative',
          title: 'Số hóa hồ sơ',
          level: 'province',
          recognisedDate: '2024-10-01',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await officerA.post(`/api/v1/people/${id}/leaves`, {
          kind: 'maternity',
          fromDate: '2022-01-01',
          toDate: '2022-07-01',
        })
      ).statusCode,
    ).toBe(200);
    const award = {
      code: 'CSTDCS',
      kind: 'regular',
      year: 2024,
      decisionNo: '12/QĐ-SNV',
      decisionDate: '2024-12-20',
      issuer: 'Giám đốc Sở Nội vụ',
      issuerLevel: 'unit',
    };
    expect((await officerA.post(`/api/v1/people/${id}/awards`, award)).statusCode).toBe(200);
    const dup = await officerA.post(`/api/v1/people/${id}/awards`, award);
    expect(dup.statusCode).toBe(409);
    const page = (await officerA.get(`/api/v1/people/${id}`)).json();
    expect(page.data).toMatchObject({
      fullName: 'Nguyễn Thị Mai',
      years: [{ year: 2024, rating: 'HTT', note: 'sửa' }],
      disciplines: [{ level: 'khien_trach', fromDate: '2023-03-01', toDate: '2024-02-28' }],
      initiatives: [{ title: 'Số hóa hồ sơ', level: 'province' }],
      leaves: [{ kind: 'maternity' }],
      awards: [{ code: 'CSTDCS', year: 2024, decisionNo: '12/QĐ-SNV', decisionDate: '2024-12-20' }],
      memberships: [{ unitId: childOfA.id, toDate: null }],
    });
    expect(page.abilities).toEqual({ update: true, writeRecords: true });
  });

  it('refuses a duplicate CCCD, and keeps membership history when the unit changes', async () => {
    const p = await t.factories.person({ unitId: unitA.id, idNumber: '001080000777' });
    const dup = await officerA.post('/api/v1/people', {
      fullName: 'Trùng Số',
      sex: 'male',
      staffCategory: 'cong_chuc',
      unitId: unitA.id,
      idNumber: '001080000777',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('DUPLICATE_ID_NUMBER');
    const moved = await officerA.patch(`/api/v1/people/${p.id}`, { unitId: childOfA.id, version: 1 });
    expect(moved.statusCode).toBe(200);
    const stale = await officerA.patch(`/api/v1/people/${p.id}`, { position: 'Chuyên viên', version: 1 });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const page = (await officerA.get(`/api/v1/people/${p.id}`)).json().data;
    expect(
      page.memberships.map((m: { unitId: number; toDate: string | null }) => [m.unitId, m.toDate === null]),
    ).toEqual(
      expect.arrayContaining([
        [childOfA.id, true],
        [unitA.id, false],
      ]),
    );
  });

  it('refuses an end date before the start date, naming the field', async () => {
    const p = await t.factories.person({ unitId: unitA.id });
    const res = await officerA.post(`/api/v1/people/${p.id}/leaves`, {
      kind: 'sick',
      fromDate: '2024-05-01',
      toDate: '2024-04-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.toDate');
  });
});
