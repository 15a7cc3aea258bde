import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../seed/demo.ts';
import {
  createTestContext,
  openTestDatabase,
  type TestClient,
  type TestContext,
} from '../../test/context.ts';

const NOW = '2026-11-22T02:00:00Z';
const PASSWORD = 'VinhDanh@2026';

let t: TestContext;
let signer: TestClient;
beforeAll(async () => {
  t = await createTestContext();
  t.clock.set(NOW);
  await seedDemo(t.database, new Date(NOW));
  signer = await t.login('lanhdao', PASSWORD);
});
afterAll(() => t.close());

const json = async (res: Awaited<ReturnType<TestClient['get']>>) => {
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const publicGet = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

it('has the provincial council with its nine members, hoidong and the secretary among them', async () => {
  const member = await t.login('hoidong', PASSWORD);
  const list = await json(await member.get('/api/v1/councils'));
  expect(list.data).toEqual([
    expect.objectContaining({ name: 'Hội đồng Thi đua – Khen thưởng tỉnh Hồng Lam', memberCount: 9 }),
  ]);
  const c = await json(await member.get(`/api/v1/councils/${list.data[0].id}`));
  expect(c.data.myMemberId).not.toBeNull();
  const roles = c.data.members.map((m: { role: string }) => m.role);
  expect(roles.filter((r: string) => r === 'chair')).toHaveLength(1);
  expect(roles.filter((r: string) => r === 'vice_chair')).toHaveLength(2);
  expect(roles.filter((r: string) => r === 'secretary')).toHaveLength(1);
  // The secretary manages the council with her demo login.
  const secretary = await t.login('thuky', PASSWORD);
  const mine = await json(await secretary.get(`/api/v1/councils/${list.data[0].id}`));
  expect(mine.abilities.manage).toBe(true);
  expect(mine.data.myMemberId).not.toBeNull();
});

it('has a tallied session: quorum met, every item passed, one written opinion', async () => {
  const secretary = await t.login('thuky', PASSWORD);
  const [council] = (await json(await secretary.get('/api/v1/councils'))).data;
  const sessions = await json(await secretary.get(`/api/v1/councils/${council.id}/sessions`));
  expect(sessions.data).toEqual([
    expect.objectContaining({ status: 'closed', quorumMet: true, presentCount: 8, totalMembers: 9 }),
  ]);
  const s = await json(await secretary.get(`/api/v1/council-sessions/${sessions.data[0].id}`));
  expect(s.data.items.length).toBeGreaterThanOrEqual(2);
  for (const item of s.data.items) {
    expect(item.result).toBe('passed');
    expect(item.agree + item.writtenAgree).toBeGreaterThanOrEqual(item.requiredAgree);
  }
  expect(s.data.attendance.filter((a: { writtenOpinion: boolean }) => a.writtenOpinion)).toHaveLength(1);
  expect(s.abilities.minutes).toBe(true);
});

it('has an issued decision of the provincial chairman whose awards are in the people’s history', async () => {
  const list = await json(await signer.get('/api/v1/decisions?status=issued'));
  expect(list.total).toBe(1);
  const d = await json(await signer.get(`/api/v1/decisions/${list.data[0].id}`));
  expect(d.data).toMatchObject({ status: 'issued', number: '1/QĐ-UBND', decisionDate: '2025-12-26' });
  expect(d.data.signerName).toBe('Lê Quang Vinh');
  const codes = d.data.awardees.map((a: { code: string }) => a.code);
  expect(codes).toEqual(expect.arrayContaining(['CO_TINH', 'CSTD_TINH', 'BK_TINH']));
  expect(d.data.awardees.length).toBeGreaterThanOrEqual(4);
  for (const a of d.data.awardees) expect(a.certificateCode).toMatch(/^[0-9A-Z]{10}$/);
  expect(d.data.dossiers).toEqual([expect.objectContaining({ status: 'closed' })]);
  const admin = await t.login('admin', PASSWORD);
  for (const a of d.data.awardees.filter((x: { personId: number | null }) => x.personId)) {
    const p = await json(await admin.get(`/api/v1/people/${a.personId}`));
    expect(p.data.awards).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: a.code, year: 2025, decisionNo: '1/QĐ-UBND' }),
      ]),
    );
  }
});

it('puts the awardees on the public honour roll (searched without diacritics) and verifies a certificate', async () => {
  const [issued] = (await json(await signer.get('/api/v1/decisions?status=issued'))).data;
  const d = await json(await signer.get(`/api/v1/decisions/${issued.id}`));
  const person = d.data.awardees.find((a: { code: string }) => a.code === 'CSTD_TINH');
  const folded = person.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
  const roll = await publicGet(`/api/v1/public/honours?q=${encodeURIComponent(folded)}&year=2025`);
  expect(roll.data).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        name: person.name,
        code: 'CSTD_TINH',
        decisionNumber: '1/QĐ-UBND',
        certificateCode: person.certificateCode,
      }),
    ]),
  );
  const cert = await publicGet(`/api/v1/public/certificates/${person.certificateCode}`);
  expect(cert).toMatchObject({ name: person.name, decisionNumber: '1/QĐ-UBND', revoked: false });
  expect(cert.signerName).toBe('Lê Quang Vinh');
});

it('has a disclosure running on the portal with one approved, answered comment and one awaiting moderation', async () => {
  const list = await publicGet('/api/v1/public/disclosures');
  const open = list.data.filter((x: { state: string }) => x.state === 'open');
  expect(open).toHaveLength(1);
  expect(open[0].itemCount).toBeGreaterThan(0);
  const d = await publicGet(`/api/v1/public/disclosures/${open[0].id}`);
  expect(d.comments).toHaveLength(1);
  expect(d.comments[0].answer).toBeTruthy();
  // The finished round's disclosure is there too, ended.
  expect(list.data.some((x: { state: string }) => x.state === 'ended')).toBe(true);
  const appraiser = await t.login('thamdinh', PASSWORD);
  const staff = await json(await appraiser.get(`/api/v1/disclosures/${open[0].id}`));
  expect(staff.data.pendingComments).toBe(1);
  // Its dossier waits for the decision: listed for the signer, blocked until the period ends.
  const [issuer] = (await json(await signer.get('/api/v1/decisions/issuers'))).data;
  const candidates = await json(await signer.get(`/api/v1/decisions/candidates?issuerUnitId=${issuer.id}`));
  expect(candidates.data).toEqual([expect.objectContaining({ status: 'appraised' })]);
  // Citizens may still comment.
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/public/disclosures/${open[0].id}/comments`,
    payload: { authorName: 'Người dân', body: 'Tôi đồng ý với danh sách đề nghị khen thưởng này.' },
  });
  expect(res.statusCode, res.body).toBe(202);
});

it('publishes two good-deed stories and keeps the draft off the portal', async () => {
  const stories = await publicGet('/api/v1/public/stories');
  expect(stories.total).toBe(2);
  const one = await publicGet(`/api/v1/public/stories/${stories.data[0].id}`);
  expect(one.body.length).toBeGreaterThan(100);
  const appraiser = await t.login('thamdinh', PASSWORD);
  const staff = await json(await appraiser.get('/api/v1/stories'));
  expect(staff.data.map((s: { status: string }) => s.status).sort()).toEqual([
    'draft',
    'published',
    'published',
  ]);
});

it('keeps the appraiser’s bell to the one dossier really waiting', async () => {
  const appraiser = await t.login('thamdinh', PASSWORD);
  expect((await json(await appraiser.get('/api/v1/notifications/unread-count'))).unread).toBe(1);
});

it('is deterministic: a second fresh database gets the same council, awardees and portal', async () => {
  const other = await openTestDatabase();
  try {
    await seedDemo(other, new Date(NOW));
    const q = (db: typeof other, sql: string) => db.query(sql).then((r) => r.rows);
    for (const sql of [
      'select full_name, role, title from council_member order by id',
      'select subject_name, target, agree, disagree, written_agree, result from session_item order by id',
      'select number, decision_date::text, title from decision order by id',
      'select subject_name, code, registry_no from decision_award order by id',
      'select name, target from disclosure_item order by id',
      'select title, status from story order by id',
    ])
      expect(await q(other, sql), sql).toEqual(await q(t.database, sql));
  } finally {
    await other.close();
  }
});
