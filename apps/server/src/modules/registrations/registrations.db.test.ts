import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';
import { download, xlsxOf } from '../imports/test-xlsx.ts';
import { postFile } from '../movements/test-upload.ts';

let t: TestContext;
let root: { id: number };
let snv: { id: number };
let sgd: { id: number };
let school: { id: number };
let p1: { id: number };
let p2: { id: number };
let admin: TestClient;
let appraiser: TestClient;
let officerSchool: TestClient;
let officerSnv: TestClient;
let movementId: number;
const Y = 2026;

beforeAll(async () => {
  t = await createTestContext();
  t.clock.set('2026-03-15T02:00:00Z');
  root = await t.factories.unit({ name: 'UBND tỉnh' });
  snv = await t.factories.unit({ name: 'Sở Nội vụ', parentId: root.id, code: 'SNV' });
  sgd = await t.factories.unit({ name: 'Sở Giáo dục và Đào tạo', parentId: root.id, code: 'SGD' });
  school = await t.factories.unit({
    name: 'Trường THPT Vị Thanh',
    parentId: sgd.id,
    kind: 'school',
    code: 'THPT-VT',
  });
  p1 = await t.factories.person({
    fullName: 'Trần Thị Minh Thư',
    unitId: school.id,
    idNumber: '093186001234',
  });
  p2 = await t.factories.person({ fullName: 'Lê Văn Hùng', unitId: school.id, birthDate: '1980-09-02' });
  admin = await t.actingAs('admin', root.id);
  appraiser = await t.actingAs('appraiser', root.id);
  officerSchool = await t.actingAs('unit_officer', school.id);
  officerSnv = await t.actingAs('unit_officer', snv.id);
  const m = await admin.post('/api/v1/movements', {
    unitId: root.id,
    kind: 'regular',
    name: 'Phong trào thi đua yêu nước năm 2026',
    fromDate: '2026-01-01',
    fromPrecision: 'day',
    registrationDeadline: '2026-03-31',
  });
  movementId = m.json().data.id;
  await admin.post(`/api/v1/movements/${movementId}/transitions`, { to: 'launched' });
});
afterAll(() => t.close());

const grid = async (client: TestClient, unitId = school.id) =>
  client.get(`/api/v1/registrations?year=${Y}&unitId=${unitId}&movementId=${movementId}`);

describe('registration grid: upsert, submit, return with a note, accept', () => {
  it('shows the unit and its people, saves rows as drafts, and refuses the whole batch on one bad target', async () => {
    const empty = (await grid(officerSchool)).json();
    expect(empty).toMatchObject({
      deadline: '2026-03-31',
      closed: false,
      abilities: { edit: true, review: false },
    });
    expect(empty.collectives.map((c: { unitId: number }) => c.unitId)).toEqual([school.id]);
    expect(empty.people.total).toBe(2);

    const bad = await officerSchool.put('/api/v1/registrations', {
      year: Y,
      movementId,
      rows: [
        { unitId: school.id, targets: ['TTLDTT'] },
        { personId: p1.id, targets: ['TTLDXS'] },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.rows.1.targets.0');
    expect((await grid(officerSchool)).json().collectives[0].registration).toBeNull();

    const ok = await officerSchool.put('/api/v1/registrations', {
      year: Y,
      movementId,
      rows: [
        { unitId: school.id, targets: ['TTLDTT'] },
        { personId: p1.id, targets: ['LDTT', 'CSTDCS'] },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().saved).toBe(2);
    const g = (await grid(officerSchool)).json();
    expect(g.collectives[0].registration).toMatchObject({ status: 'draft', targets: ['TTLDTT'] });
    const thu = g.people.data.find((p: { personId: number }) => p.personId === p1.id);
    expect(thu.registration).toMatchObject({ status: 'draft', targets: ['LDTT', 'CSTDCS'] });
  });

  it('submits, refuses edits of what was sent, returns with a note, resubmits and accepts', async () => {
    const sub = await officerSchool.post('/api/v1/registrations/submit', {
      unitId: school.id,
      year: Y,
      movementId,
    });
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json().submitted).toBe(2);
    const locked = await officerSchool.put('/api/v1/registrations', {
      year: Y,
      rows: [{ unitId: school.id, targets: ['TTLDXS'] }],
    });
    expect([locked.statusCode, locked.json().error.code]).toEqual([409, 'REGISTRATION_INVALID_TRANSITION']);

    const id = (await grid(officerSchool)).json().collectives[0].registration.id;
    expect(
      (await officerSchool.post(`/api/v1/registrations/${id}/review`, { action: 'accept' })).statusCode,
    ).toBe(403);
    const noNote = await appraiser.post(`/api/v1/registrations/${id}/review`, { action: 'return' });
    expect([noNote.statusCode, noNote.json().error.code]).toEqual([422, 'NOTE_REQUIRED']);
    const ret = await appraiser.post(`/api/v1/registrations/${id}/review`, {
      action: 'return',
      note: 'Trường chưa đủ điều kiện TTLĐTT năm trước, đề nghị xem lại',
    });
    expect(ret.json().data).toMatchObject({ status: 'returned', note: expect.stringContaining('xem lại') });
    const fix = await officerSchool.put('/api/v1/registrations', {
      year: Y,
      movementId,
      rows: [{ unitId: school.id, targets: ['TTLDTT'], note: 'Đã xem lại' }],
    });
    expect(fix.statusCode, fix.body).toBe(200);
    expect(
      (await officerSchool.post('/api/v1/registrations/submit', { unitId: school.id, year: Y })).statusCode,
    ).toBe(200);
    const acc = await appraiser.post(`/api/v1/registrations/${id}/review`, { action: 'accept' });
    expect(acc.json().data.status).toBe('accepted');
    const again = await appraiser.post(`/api/v1/registrations/${id}/review`, { action: 'accept' });
    expect(again.json().error.code).toBe('REGISTRATION_INVALID_TRANSITION');
  });
});

describe('missing list and deadline', () => {
  it('lists the units addressed by the movement that have not registered, with people counts', async () => {
    const res = await appraiser.get(`/api/v1/registrations/missing?year=${Y}&movementId=${movementId}`);
    expect(res.statusCode, res.body).toBe(200);
    const byUnit = Object.fromEntries(res.json().data.map((r: { unitId: number }) => [r.unitId, r]));
    expect(byUnit[school.id]).toBeUndefined();
    expect(byUnit[snv.id]).toMatchObject({ state: 'none', people: 0 });
    expect(byUnit[sgd.id]).toMatchObject({ state: 'none' });
    const mine = (
      await officerSnv.get(`/api/v1/registrations/missing?year=${Y}&movementId=${movementId}`)
    ).json();
    expect(mine.data.map((r: { unitId: number }) => r.unitId)).toEqual([snv.id]);
  });

  it('after the deadline officers cannot register, the office can; a late registration shows as late', async () => {
    t.clock.set('2026-04-01T02:00:00Z');
    const late = await officerSnv.put('/api/v1/registrations', {
      year: Y,
      movementId,
      rows: [{ unitId: snv.id, targets: ['TTLDTT'] }],
    });
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'REGISTRATION_CLOSED']);
    expect((await grid(officerSnv, snv.id)).json()).toMatchObject({
      closed: true,
      abilities: { edit: false },
    });
    const byOffice = await appraiser.put('/api/v1/registrations', {
      year: Y,
      movementId,
      rows: [{ unitId: snv.id, targets: ['TTLDTT'] }],
    });
    expect(byOffice.statusCode, byOffice.body).toBe(200);
    expect(
      (await appraiser.post('/api/v1/registrations/submit', { unitId: snv.id, year: Y })).statusCode,
    ).toBe(200);
    const missing = (
      await appraiser.get(`/api/v1/registrations/missing?year=${Y}&movementId=${movementId}`)
    ).json();
    expect(missing.data.find((r: { unitId: number }) => r.unitId === snv.id)).toMatchObject({
      state: 'late',
    });
    t.clock.set('2026-03-15T02:00:00Z');
  });
});

describe('scope', () => {
  it('an officer of unit A cannot see or change unit B’s registrations (404)', async () => {
    expect((await grid(officerSnv, school.id)).statusCode).toBe(404);
    const put = await officerSnv.put('/api/v1/registrations', {
      year: Y,
      rows: [{ personId: p2.id, targets: null }],
    });
    expect(put.statusCode).toBe(404);
    expect(
      (await officerSnv.post('/api/v1/registrations/submit', { unitId: school.id, year: Y })).statusCode,
    ).toBe(404);
    const id = (await grid(officerSchool)).json().collectives[0].registration.id;
    expect(
      (await officerSnv.post(`/api/v1/registrations/${id}/review`, { action: 'accept' })).statusCode,
    ).toBe(404);
  });
});

describe('eligibility reads registration', () => {
  it('a submitted registration makes the rule "registration-required" pass', async () => {
    const p = await t.factories.person({ fullName: 'Nguyễn Văn Đăng', unitId: school.id });
    const rule = async () =>
      (await admin.get(`/api/v1/people/${p.id}/eligibility?year=2025`))
        .json()
        .verdicts.find((v: { target: string }) => v.target === 'LDTT')
        .reasons.find((r: { ruleId: string }) => r.ruleId === 'registration-required');
    expect(await rule()).toMatchObject({ passed: false });
    await officerSchool.put('/api/v1/registrations', {
      year: 2025,
      rows: [{ personId: p.id, targets: ['LDTT'] }],
    });
    expect(await rule()).toMatchObject({ passed: false });
    await officerSchool.post('/api/v1/registrations/submit', { unitId: school.id, year: 2025 });
    expect(await rule()).toMatchObject({ passed: true });
  });
});

describe('Excel', () => {
  it('downloads the template and imports a grid all or nothing', async () => {
    const tpl = await download(t, officerSchool, '/api/v1/registrations/template');
    expect(tpl.subarray(0, 2).toString()).toBe('PK');
    const header = ['Mã đơn vị *', 'Số CCCD', 'Họ và tên', 'Ngày sinh', 'Danh hiệu đăng ký *'];
    const url = `/api/v1/registrations/import?year=2027`;
    const bad = await xlsxOf({
      'Đăng ký': [
        header,
        ['THPT-VT', null, 'Lê Văn Hùng', '02/09/1980', 'Lao động tiên tiến'],
        ['KHONG-CO', null, null, null, 'TTLDTT'],
      ],
    });
    const r1 = await postFile(t, officerSchool, url, 'dk.xlsx', bad);
    expect([r1.statusCode, r1.json().error.code]).toEqual([422, 'IMPORT_HAS_ERRORS']);
    expect(r1.json().error.message).toContain('Dòng 3');
    const good = await xlsxOf({
      'Đăng ký': [
        header,
        ['THPT-VT', null, 'Lê Văn Hùng', '02/09/1980', 'Lao động tiên tiến; CSTDCS'],
        ['THPT-VT', '093186001234', null, null, 'LDTT'],
        ['THPT-VT', null, null, null, 'Tập thể lao động xuất sắc'],
      ],
    });
    const r2 = await postFile(t, officerSchool, url, 'dk.xlsx', good);
    expect(r2.statusCode, r2.body).toBe(200);
    expect(r2.json().saved).toBe(3);
    const g = (await officerSchool.get(`/api/v1/registrations?year=2027&unitId=${school.id}`)).json();
    expect(g.collectives[0].registration).toMatchObject({ targets: ['TTLDXS'], status: 'draft' });
    const hung = g.people.data.find((p: { personId: number }) => p.personId === p2.id);
    expect(hung.registration.targets).toEqual(['LDTT', 'CSTDCS']);
  });
});
