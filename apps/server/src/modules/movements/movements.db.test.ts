import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';
import { seedNationalMovements } from './national-movements.ts';

const haugiang = readFileSync(
  new URL(
    '../../../../../packages/domain/src/plan-extract/fixtures/haugiang-2021-phong-trao-thi-dua-yeu-nuoc.txt',
    import.meta.url,
  ),
  'utf8',
);

let t: TestContext;
let root: { id: number };
let snv: { id: number };
let sgd: { id: number };
let school: { id: number };
let admin: TestClient;
let officerSgd: TestClient;
let officerSnv: TestClient;

beforeAll(async () => {
  t = await createTestContext();
  root = await t.factories.unit({ name: 'UBND tỉnh Hậu Giang' });
  snv = await t.factories.unit({ name: 'Sở Nội vụ', parentId: root.id });
  sgd = await t.factories.unit({ name: 'Sở Giáo dục và Đào tạo', parentId: root.id });
  school = await t.factories.unit({ name: 'Trường THPT Vị Thanh', parentId: sgd.id, kind: 'school' });
  await t.database.db.transaction((tx) => seedNationalMovements(tx));
  admin = await t.actingAs('admin', root.id);
  officerSgd = await t.actingAs('unit_officer', sgd.id);
  officerSnv = await t.actingAs('unit_officer', snv.id);
});
afterAll(() => t.close());

const base = (unitId: number, over: Record<string, unknown> = {}) => ({
  unitId,
  kind: 'regular',
  name: 'Phong trào thi đua yêu nước năm 2021',
  fromDate: '2021-01-01',
  fromPrecision: 'year',
  toDate: '2021-12-31',
  toPrecision: 'year',
  ...over,
});

async function launched(client: TestClient, body: Record<string, unknown>) {
  const res = await client.post('/api/v1/movements', body);
  expect(res.statusCode, res.body).toBe(200);
  const id = res.json().data.id as number;
  const l = await client.post(`/api/v1/movements/${id}/transitions`, { to: 'launched' });
  expect(l.statusCode, l.body).toBe(200);
  return id;
}

describe('create a movement from a text', () => {
  it('reads the Hậu Giang 2021 plan: 04/KH-UBND of 13/01/2021, the Prime Minister’s movements matched to the catalog', async () => {
    const res = await admin.post('/api/v1/movements/draft-from-text', { text: haugiang });
    expect(res.statusCode, res.body).toBe(200);
    const { draft, suggestions } = res.json();
    expect(draft.planNumber.value).toBe('04/KH-UBND');
    expect(draft.planNumber.source.sentence).toContain('Kế hoạch số 04/KH-UBND');
    expect(draft.planDate.value).toBe('2021-01-13');
    expect(draft.issuer.value).toBe('UBND tỉnh');
    expect(suggestions.nationalMovements).toHaveLength(4);
    expect(
      suggestions.nationalMovements.every((n: { nationalMovementId: number | null }) => n.nationalMovementId),
    ).toBe(true);

    const created = await admin.post('/api/v1/movements', {
      ...base(root.id, { toDate: '2025-12-31' }),
      name: draft.name.value,
      planNumber: draft.planNumber.value,
      planDate: draft.planDate.value,
      issuer: draft.issuer.value,
      goals: draft.goals.map((g: { value: string }) => g.value),
      sourceText: draft.text,
      extraction: draft,
    });
    expect(created.statusCode, created.body).toBe(200);
    const m = created.json().data;
    expect(m).toMatchObject({ planNumber: '04/KH-UBND', status: 'draft', goals: expect.any(Array) });
    expect(m.goals).toHaveLength(2);
    const again = (await admin.get(`/api/v1/movements/${m.id}`)).json().data;
    expect(again.sourceText).toContain('Kế hoạch số 04/KH-UBND');
    expect(again.extraction.planNumber.value).toBe('04/KH-UBND');
    const found = await admin.get('/api/v1/movements?q=phong%20trao%20thi%20dua%20yeu%20nuoc&year=2023');
    expect(found.json().data.map((x: { id: number }) => x.id)).toContain(m.id);
    expect(
      (await admin.get('/api/v1/movements?year=2026')).json().data.map((x: { id: number }) => x.id),
    ).not.toContain(m.id);
  });

  it('matches agencies charged with tasks to units of the scope by folded name', async () => {
    const text = [
      'Kế hoạch số 12/KH-UBND ngày 05/02/2024 phát động phong trào thi đua "Chuyển đổi số".',
      'Tổ chức thực hiện',
      '1. Sở Nội vụ chủ trì, hướng dẫn, theo dõi việc thực hiện kế hoạch này; báo cáo trước ngày 15/12/2024.',
      '2. Sở Giáo dục và Đào tạo triển khai trong ngành.',
      '3. Sở Du lịch tuyên truyền.',
    ].join('\n\n');
    const res = await officerSgd.post('/api/v1/movements/draft-from-text', { text });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().suggestions.agencies).toEqual([
      // Sở Nội vụ is outside this officer's scope: not disclosed.
      { agency: 'Sở Nội vụ', unitId: null, unitName: null },
      { agency: 'Sở Giáo dục và Đào tạo', unitId: sgd.id, unitName: 'Sở Giáo dục và Đào tạo' },
      { agency: 'Sở Du lịch', unitId: null, unitName: null },
    ]);
    const byAdmin = (await admin.post('/api/v1/movements/draft-from-text', { text })).json();
    expect(byAdmin.suggestions.agencies[0]).toMatchObject({ agency: 'Sở Nội vụ', unitId: snv.id });
    expect(byAdmin.draft.assignedAgencies[0].value.dueDate).toEqual({
      precision: 'day',
      year: 2024,
      month: 12,
      day: 15,
    });
  });

  it('reads an uploaded .docx', async () => {
    const { postFile } = await import('./test-upload.ts');
    const { docxOf } = await import('./test-docx.ts');
    const res = await postFile(
      t,
      admin,
      '/api/v1/movements/draft-from-text',
      'kh.docx',
      docxOf(haugiang.split('\n')),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().draft.planNumber.value).toBe('04/KH-UBND');
    expect(res.json().draft.planDate.value).toBe('2021-01-13');
  });

  it.each`
    case                    | text                                  | message
    ${'empty'}              | ${'   \n  '}                          | ${'Chưa có nội dung'}
    ${'binary garbage'}     | ${'\u0000\u0001\u0002PK\u0003\u0004'} | ${'không phải văn bản'}
    ${'over 200,000 chars'} | ${'a'.repeat(200_001)}                | ${'200.000'}
  `('refuses $case text with a clear 400', async ({ text, message }) => {
    const res = await admin.post('/api/v1/movements/draft-from-text', { text });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('PLAN_TEXT_INVALID');
    expect(res.json().error.message).toContain(message);
  });

  it('reads uploaded .txt (UTF-8 and UTF-16 with BOM) and refuses a .docx that is not a zip', async () => {
    const { postFile } = await import('./test-upload.ts');
    const utf8 = await postFile(
      t,
      admin,
      '/api/v1/movements/draft-from-text',
      'kh.txt',
      Buffer.from(haugiang),
    );
    expect(utf8.statusCode, utf8.body).toBe(200);
    expect(utf8.json().draft.planNumber.value).toBe('04/KH-UBND');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(haugiang, 'utf16le')]);
    const r16 = await postFile(t, admin, '/api/v1/movements/draft-from-text', 'kh.txt', utf16);
    expect(r16.json().draft.planNumber.value).toBe('04/KH-UBND');
    const latin = await postFile(
      t,
      admin,
      '/api/v1/movements/draft-from-text',
      'kh.txt',
      Buffer.from([0xc0, 0x00, 0xff]),
    );
    expect(latin.statusCode).toBe(400);
    const fake = await postFile(
      t,
      admin,
      '/api/v1/movements/draft-from-text',
      'kh.docx',
      Buffer.from(haugiang),
    );
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.message).toContain('.docx');
  });
});

describe('lifecycle', () => {
  it('goes draft → launched → in progress → reviewed → closed, refusing illegal steps with their code', async () => {
    const id = (await admin.post('/api/v1/movements', base(root.id, { fromDate: null }))).json().data.id;
    const tr = (to: string, note?: string, who = admin) =>
      who.post(`/api/v1/movements/${id}/transitions`, { to, ...(note ? { note } : {}) });
    const skip = await tr('in_progress');
    expect([skip.statusCode, skip.json().error.code]).toEqual([409, 'MOVEMENT_INVALID_TRANSITION']);
    const early = await tr('launched');
    expect([early.statusCode, early.json().error.code]).toEqual([422, 'MOVEMENT_NOT_READY']);
    const v = (await admin.get(`/api/v1/movements/${id}`)).json().data.version;
    expect(
      (await admin.patch(`/api/v1/movements/${id}`, { fromDate: '2021-01-01', version: v })).statusCode,
    ).toBe(200);
    const ok = await tr('launched');
    expect(ok.json().data).toMatchObject({ status: 'launched', launchedAt: expect.any(String) });
    expect(ok.json().abilities).toMatchObject({ to_in_progress: true, to_draft: true, to_closed: false });
    const noNote = await tr('draft');
    expect([noNote.statusCode, noNote.json().error.code]).toEqual([422, 'NOTE_REQUIRED']);
    for (const to of ['in_progress', 'reviewed', 'closed']) expect((await tr(to)).statusCode).toBe(200);
    const stale = (await admin.get(`/api/v1/movements/${id}`)).json().data;
    const edit = await admin.patch(`/api/v1/movements/${id}`, { theme: 'x', version: stale.version });
    expect([edit.statusCode, edit.json().error.code]).toEqual([409, 'MOVEMENT_CLOSED']);
    const reopen = await tr('reviewed', 'Bổ sung kết quả khen thưởng');
    expect(reopen.statusCode, reopen.body).toBe(200);
  });

  it('a unit officer cannot reopen its own closed movement (a higher level must)', async () => {
    const id = await launched(officerSgd, base(sgd.id));
    for (const to of ['in_progress', 'reviewed', 'closed'])
      expect((await officerSgd.post(`/api/v1/movements/${id}/transitions`, { to })).statusCode).toBe(200);
    const res = await officerSgd.post(`/api/v1/movements/${id}/transitions`, {
      to: 'reviewed',
      note: 'Sai sót',
    });
    expect(res.statusCode).toBe(403);
    expect(
      (await admin.post(`/api/v1/movements/${id}/transitions`, { to: 'reviewed', note: 'Sai sót' }))
        .statusCode,
    ).toBe(200);
  });

  it('refuses a stale version', async () => {
    const id = (await admin.post('/api/v1/movements', base(root.id))).json().data.id;
    expect((await admin.patch(`/api/v1/movements/${id}`, { slogan: 'A', version: 1 })).statusCode).toBe(200);
    const res = await admin.patch(`/api/v1/movements/${id}`, { slogan: 'B', version: 1 });
    expect(res.json().error.code).toBe('VERSION_CONFLICT');
  });
});

describe('cascade and scope', () => {
  it('the provincial movement shows which units launched their own implementing movement', async () => {
    const parentId = await launched(admin, base(root.id, { name: 'Phong trào thi đua Chuyển đổi số 2021' }));
    const child = await launched(
      officerSgd,
      base(sgd.id, { name: 'Ngành Giáo dục thi đua chuyển đổi số', parentId }),
    );
    const detail = (await admin.get(`/api/v1/movements/${parentId}`)).json().data;
    expect(detail.children.map((c: { id: number }) => c.id)).toEqual([child]);
    expect(detail.cascade).toMatchObject({ launched: 1, notLaunched: 1 });
    const byUnit = Object.fromEntries(
      detail.cascade.targets.map((x: { unitId: number; state: string }) => [x.unitId, x.state]),
    );
    expect(byUnit).toEqual({ [sgd.id]: 'launched', [snv.id]: 'none' });
    // Withdrawing the parent would orphan the launched child.
    const w = await admin.post(`/api/v1/movements/${parentId}/transitions`, { to: 'draft', note: 'Làm lại' });
    expect([w.statusCode, w.json().error.code]).toEqual([422, 'MOVEMENT_NOT_READY']);
    // A school under the Sở cannot hang a movement under a draft.
    const draftParent = (await admin.post('/api/v1/movements', base(root.id))).json().data.id;
    const refused = await officerSgd.post('/api/v1/movements', base(school.id, { parentId: draftParent }));
    expect(refused.json().error.code).toBe('MOVEMENT_NOT_READY');
  });

  it('an officer of unit A cannot see or change unit B’s movements (404) and reads the province’s but cannot edit it (403)', async () => {
    const sgdMovement = (await officerSgd.post('/api/v1/movements', base(sgd.id))).json().data;
    expect((await officerSnv.get(`/api/v1/movements/${sgdMovement.id}`)).statusCode).toBe(404);
    expect(
      (await officerSnv.patch(`/api/v1/movements/${sgdMovement.id}`, { slogan: 'x', version: 1 })).statusCode,
    ).toBe(404);
    expect(
      (await officerSnv.post(`/api/v1/movements/${sgdMovement.id}/transitions`, { to: 'launched' }))
        .statusCode,
    ).toBe(404);
    expect((await officerSnv.post('/api/v1/movements', base(sgd.id))).statusCode).toBe(404);
    const list = (await officerSnv.get('/api/v1/movements?pageSize=200')).json().data;
    expect(list.map((m: { id: number }) => m.id)).not.toContain(sgdMovement.id);
    const province = (await admin.post('/api/v1/movements', base(root.id))).json().data;
    expect((await officerSnv.get(`/api/v1/movements/${province.id}`)).statusCode).toBe(200);
    expect(
      (await officerSnv.patch(`/api/v1/movements/${province.id}`, { slogan: 'x', version: 1 })).statusCode,
    ).toBe(403);
  });
});

describe('milestones, tasks, offers', () => {
  it('adds an interim and a final review, a task with status, and offered titles checked against the catalog', async () => {
    const id = (await admin.post('/api/v1/movements', base(root.id))).json().data.id;
    const ms = await admin.post(`/api/v1/movements/${id}/milestones`, {
      kind: 'interim',
      label: 'Sơ kết 6 tháng',
      dueDate: '2021-07-15',
      duePrecision: 'day',
    });
    expect(ms.statusCode, ms.body).toBe(200);
    const task = await admin.post(`/api/v1/movements/${id}/tasks`, {
      agency: 'Sở Nội vụ',
      agencyUnitId: snv.id,
      task: 'Chủ trì hướng dẫn, theo dõi, tổng hợp kết quả',
      dueDate: '2021-12-15',
    });
    expect(task.json()).toMatchObject({ status: 'todo', version: 1 });
    // The agency charged with the task reports its progress itself.
    const progress = await officerSnv.patch(`/api/v1/movements/${id}/tasks/${task.json().id}`, {
      status: 'doing',
      version: 1,
    });
    expect(progress.statusCode, progress.body).toBe(200);
    const rename = await officerSnv.patch(`/api/v1/movements/${id}/tasks/${task.json().id}`, {
      task: 'Khác',
      version: 2,
    });
    expect(rename.statusCode).toBe(403);
    expect((await admin.put(`/api/v1/movements/${id}/offers/CO_TINH`, { plannedCount: 5 })).statusCode).toBe(
      200,
    );
    const bad = await admin.put(`/api/v1/movements/${id}/offers/KHONG_CO`, { plannedCount: 1 });
    expect(bad.statusCode).toBe(400);
    const d = (await admin.get(`/api/v1/movements/${id}`)).json().data;
    expect(d.milestones.map((m: { label: string }) => m.label)).toEqual(['Sơ kết 6 tháng']);
    expect(d.tasks[0]).toMatchObject({ agencyUnitId: snv.id, status: 'doing' });
    expect(d.offers).toEqual([expect.objectContaining({ code: 'CO_TINH', plannedCount: 5 })]);
  });
});

describe('attachments', () => {
  it('stores a PDF and returns the same bytes; refuses wrong types, disguised files and files over 20 MB', async () => {
    const { postFile } = await import('./test-upload.ts');
    const id = (await admin.post('/api/v1/movements', base(root.id))).json().data.id;
    const url = `/api/v1/movements/${id}/attachments`;
    const pdf = Buffer.from('%PDF-1.4\n% Kế hoạch\n%%EOF');
    const up = await postFile(t, admin, url, 'Kế hoạch 04.pdf', pdf);
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ mimeType: 'application/pdf', size: pdf.length });
    const down = await t.app.inject({
      method: 'GET',
      url: `${url}/${up.json().id}`,
      headers: { cookie: admin.cookie },
    });
    expect(down.rawPayload.equals(pdf)).toBe(true);
    expect((await officerSnv.get(`${url}/${up.json().id}`)).statusCode).toBe(200);
    const exe = await postFile(t, admin, url, 'virus.exe', Buffer.from('MZ\u0090\u0000'));
    expect([exe.statusCode, exe.json().error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const disguised = await postFile(t, admin, url, 'anh.png', pdf);
    expect(disguised.statusCode).toBe(415);
    const big = await postFile(
      t,
      admin,
      url,
      'lon.pdf',
      Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024)]),
    );
    expect(big.statusCode).toBe(413);
    expect((await officerSnv.delete(`${url}/${up.json().id}`)).statusCode).toBe(403);
    expect((await admin.delete(`${url}/${up.json().id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/v1/movements/${id}`)).json().data.attachments).toEqual([]);
  });
});

describe('national movements catalog', () => {
  it('lists the seeded Prime Minister’s movements; only the province level adds to it', async () => {
    const list = (await officerSnv.get('/api/v1/national-movements')).json().data;
    expect(list.map((n: { name: string }) => n.name)).toContain(
      'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
    );
    const body = { name: 'Phong trào thử toàn quốc', launchedBy: 'Thủ tướng Chính phủ' };
    expect((await officerSnv.post('/api/v1/national-movements', body)).statusCode).toBe(403);
    expect((await admin.post('/api/v1/national-movements', body)).statusCode).toBe(200);
  });
});
