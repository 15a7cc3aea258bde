import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';
import { PDF, uploadFile } from '../scoring/test-support.ts';

let t: TestContext;
let admin: TestClient;
const u: Record<string, { id: number }> = {};
let blocId: number;

beforeAll(async () => {
  t = await createTestContext();
  u.root = await t.factories.unit({ name: 'UBND tỉnh Thử' });
  for (const [k, name] of [
    ['A', 'Sở An Ninh'],
    ['B', 'Sở Bình Minh'],
    ['C', 'Sở Cao Nguyên'],
    ['D', 'Sở Dân Tộc'],
    ['X', 'Xã Ngoài Khối'],
  ])
    u[k!] = await t.factories.unit({ name: name!, parentId: u.root.id });
  admin = await t.actingAs('admin', u.root.id);
  const res = await admin.post('/api/v1/blocs', {
    name: 'Khối các sở, ban, ngành',
    organiserUnitId: u.root.id,
  });
  expect(res.statusCode, res.body).toBe(200);
  blocId = res.json().data.id;
});
afterAll(() => t.close());

describe('blocs and yearly membership', () => {
  it('sets members with one leader, rotates to next year and shows the bloc to members only', async () => {
    const put = await admin.put(`/api/v1/blocs/${blocId}/members/2025`, {
      members: [
        { unitId: u.A!.id, role: 'leader' },
        { unitId: u.B!.id, role: 'deputy' },
        { unitId: u.C!.id },
        { unitId: u.D!.id },
      ],
    });
    expect(put.json().members.map((m: { role: string }) => m.role)).toEqual([
      'leader',
      'deputy',
      'member',
      'member',
    ]);
    const twoLeaders = await admin.put(`/api/v1/blocs/${blocId}/members/2025`, {
      members: [
        { unitId: u.A!.id, role: 'leader' },
        { unitId: u.B!.id, role: 'leader' },
      ],
    });
    expect(twoLeaders.statusCode).toBe(409);
    const proposal = (await admin.post(`/api/v1/blocs/${blocId}/rotate`, { year: 2026 })).json();
    const roles = (r: { members: { unitId: number; role: string }[] }) =>
      r.members.filter((m) => m.role !== 'member').map((m) => [m.role, m.unitId]);
    expect(roles(proposal)).toEqual([
      ['leader', u.B!.id],
      ['deputy', u.C!.id],
    ]);
    expect((await admin.get(`/api/v1/blocs/${blocId}/members/2026`)).json().members).toEqual([]);
    await admin.post(`/api/v1/blocs/${blocId}/rotate`, { year: 2026, apply: true });
    expect(roles((await admin.get(`/api/v1/blocs/${blocId}/members/2026`)).json())).toEqual(roles(proposal));

    const member = await t.actingAs('unit_officer', u.C!.id);
    expect((await member.get(`/api/v1/blocs/${blocId}`)).statusCode).toBe(200);
    expect((await member.get('/api/v1/blocs')).json().data.map((b: { id: number }) => b.id)).toEqual([
      blocId,
    ]);
    expect((await member.put(`/api/v1/blocs/${blocId}/members/2026`, { members: [] })).statusCode).toBe(403);
    const outsider = await t.actingAs('unit_officer', u.X!.id);
    expect((await outsider.get(`/api/v1/blocs/${blocId}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/v1/blocs')).json().data).toEqual([]);
  });
});

describe('pact', () => {
  it('the year’s leader writes the pact, records signatures and uploads the signed scan', async () => {
    const leader = await t.actingAs('bloc_leader', u.A!.id);
    const body = {
      title: 'Giao ước thi đua năm 2025',
      items: [
        { no: 1, text: 'Thi đua hoàn thành xuất sắc nhiệm vụ chính trị năm 2025' },
        { no: 2, text: 'Đẩy mạnh cải cách hành chính, chuyển đổi số' },
      ],
    };
    const created = await leader.put(`/api/v1/blocs/${blocId}/pacts/2025`, body);
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json().data.unsigned).toHaveLength(4);
    // A led in 2025, not in 2026: it may not write the 2026 pact.
    expect((await leader.put(`/api/v1/blocs/${blocId}/pacts/2026`, body)).statusCode).toBe(403);
    const signed = await leader.put(`/api/v1/blocs/${blocId}/pacts/2025/signatures/${u.B!.id}`, {
      signedDate: '2025-02-14',
      signerName: 'Nguyễn Văn Bình',
    });
    expect(signed.json().data.signatures).toEqual([
      { unitId: u.B!.id, unitName: 'Sở Bình Minh', signedDate: '2025-02-14', signerName: 'Nguyễn Văn Bình' },
    ]);
    expect(signed.json().data.unsigned).toHaveLength(3);
    const outsider = await leader.put(`/api/v1/blocs/${blocId}/pacts/2025/signatures/${u.X!.id}`, {
      signedDate: '2025-02-14',
    });
    expect(outsider.json().error.code).toBe('NOT_BLOC_MEMBER');
    const up = await uploadFile(
      t,
      leader,
      `/api/v1/blocs/${blocId}/pacts/2025/file`,
      'giao-uoc-2025.pdf',
      PDF,
    );
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json().data.signedFile).toMatchObject({
      fileName: 'giao-uoc-2025.pdf',
      mimeType: 'application/pdf',
    });
    const dl = await t.app.inject({
      method: 'GET',
      url: `/api/v1/blocs/${blocId}/pacts/2025/file`,
      headers: { cookie: leader.cookie },
    });
    expect(dl.rawPayload.equals(PDF)).toBe(true);
  });

  it('stores bloc documents checked by content', async () => {
    const bad = await uploadFile(t, admin, `/api/v1/blocs/${blocId}/documents`, 'bien-ban.docx', PDF);
    expect(bad.statusCode).toBe(415);
    const ok = await uploadFile(t, admin, `/api/v1/blocs/${blocId}/documents`, 'bien-ban.pdf', PDF);
    expect(ok.statusCode).toBe(200);
    const member = await t.actingAs('unit_officer', u.D!.id);
    const list = (await member.get(`/api/v1/blocs/${blocId}/documents`)).json();
    expect(list.data.map((f: { fileName: string }) => f.fileName)).toEqual(['bien-ban.pdf']);
    expect(list.abilities.upload).toBe(false);
    expect((await member.delete(`/api/v1/blocs/${blocId}/documents/${ok.json().id}`)).statusCode).toBe(403);
    expect((await admin.delete(`/api/v1/blocs/${blocId}/documents/${ok.json().id}`)).statusCode).toBe(200);
  });
});
