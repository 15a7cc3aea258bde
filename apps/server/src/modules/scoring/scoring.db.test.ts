import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';
import { blocStandingsFor } from './ranking.service.ts';
import { PDF, sampleCriteria, sampleSettings, uploadFile } from './test-support.ts';

let t: TestContext;
let admin: TestClient;
let appraiser: TestClient;
let leaderA: TestClient;
let deputyB: TestClient;
let leaderD: TestClient;
const officer: Record<string, TestClient> = {};
const u: Record<string, { id: number; path: string }> = {};
let sheet: { id: number; criteria: { id: number; code: string }[] };
const assessmentOf: Record<string, number> = {};
const crit = (code: string) => sheet.criteria.find((c) => c.code === code)!.id;

beforeAll(async () => {
  t = await createTestContext();
  u.root = await t.factories.unit({ name: 'UBND tỉnh Thử' });
  for (const [k, name] of [
    ['A', 'Sở An Ninh'],
    ['B', 'Sở Bình Minh'],
    ['C', 'Sở Cao Nguyên'],
    ['D', 'Xã Đông Hà'],
  ])
    u[k!] = await t.factories.unit({ name: name!, parentId: u.root.id });
  admin = await t.actingAs('admin', u.root.id);
  appraiser = await t.actingAs('appraiser', u.root.id);
  leaderA = await t.actingAs('bloc_leader', u.A!.id);
  deputyB = await t.actingAs('bloc_leader', u.B!.id);
  leaderD = await t.actingAs('bloc_leader', u.D!.id);
  for (const k of ['A', 'B', 'C', 'D']) officer[k] = await t.actingAs('unit_officer', u[k]!.id);
  const bloc = (await admin.post('/api/v1/blocs', { name: 'Khối các sở', organiserUnitId: u.root.id })).json()
    .data;
  await admin.put(`/api/v1/blocs/${bloc.id}/members/2026`, {
    members: [
      { unitId: u.A!.id, role: 'leader' },
      { unitId: u.B!.id, role: 'deputy' },
      { unitId: u.C!.id, role: 'member' },
    ],
  });
  const other = (await admin.post('/api/v1/blocs', { name: 'Cụm các xã', organiserUnitId: u.root.id })).json()
    .data;
  await admin.put(`/api/v1/blocs/${other.id}/members/2026`, {
    members: [{ unitId: u.D!.id, role: 'leader' }],
  });
  const created = await leaderA.post('/api/v1/score-sheets', {
    blocId: bloc.id,
    year: 2026,
    name: 'Bảng điểm thi đua khối các sở 2026',
    settings: sampleSettings,
    criteria: sampleCriteria,
  });
  expect(created.statusCode, created.body).toBe(200);
  sheet = created.json().data;
});
afterAll(() => t.close());

const get = async (c: TestClient, id: number) => (await c.get(`/api/v1/assessments/${id}`)).json().data;
async function selfScore(k: string, points: Record<string, number>, evidence: number[] = []) {
  const a = await get(officer[k]!, assessmentOf[k]!);
  return officer[k]!.put(`/api/v1/assessments/${a.id}/scores`, {
    version: a.version,
    scores: Object.entries(points).map(([code, p]) => ({
      criterionId: crit(code),
      points: p,
      evidenceIds: code === '1.2' ? evidence : [],
    })),
  });
}
const step = async (c: TestClient, k: string, event: string, reason?: string) => {
  const a = await get(admin, assessmentOf[k]!);
  return c.post(`/api/v1/assessments/${a.id}/${event}`, { version: a.version, reason });
};

describe('score sheets and self-assessment', () => {
  it('lists the sheets a member or the organiser may see, and none to an outsider', async () => {
    const ids = (c: TestClient) =>
      c.get('/api/v1/score-sheets?year=2026').then((r) => {
        expect(r.statusCode, r.body).toBe(200);
        return r.json().data.map((x: { id: number }) => x.id);
      });
    expect(await ids(admin)).toContain(sheet.id);
    expect(await ids(officer.B!)).toContain(sheet.id);
    expect(await ids(officer.D!)).not.toContain(sheet.id);
  });

  it('validates the tree, edits a draft in place and publishes', async () => {
    const bad = await leaderA.patch(`/api/v1/score-sheets/${sheet.id}`, {
      criteria: [...sampleCriteria, { code: '1.3', parentCode: 'I', name: 'Quá điểm', maxPoints: 70 }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('SHEET_INVALID');
    const edited = await leaderA.patch(`/api/v1/score-sheets/${sheet.id}`, {
      name: 'Bảng điểm khối các sở năm 2026',
    });
    expect(edited.json()).toMatchObject({ versionCreated: false, data: { id: sheet.id, version: 1 } });
    expect((await officer.C!.post(`/api/v1/score-sheets/${sheet.id}/publish`)).statusCode).toBe(403);
    const open = await leaderA.post(`/api/v1/score-sheets/${sheet.id}/publish`);
    expect(open.json().data.status).toBe('open');
    expect(open.json().data.maxPoints).toBe(100);
  });

  it('opens assessments for members only', async () => {
    for (const k of ['A', 'B', 'C']) {
      const res = await officer[k]!.post(`/api/v1/score-sheets/${sheet.id}/assessments`, {
        unitId: u[k]!.id,
      });
      expect(res.statusCode, res.body).toBe(200);
      assessmentOf[k] = res.json().data.id;
    }
    const outsider = await admin.post(`/api/v1/score-sheets/${sheet.id}/assessments`, { unitId: u.D!.id });
    expect(outsider.json().error.code).toBe('NOT_BLOC_MEMBER');
  });

  it('refuses a score over the maximum and a missing evidence, accepts a checked upload', async () => {
    const over = await selfScore('A', { '1.1': 30.5 });
    expect(over.statusCode).toBe(422);
    expect(over.json().error).toMatchObject({
      code: 'SCORE_OVER_MAX',
      details: { criterion: '1.1', maxPoints: 30 },
    });
    const noEvidence = await selfScore('A', { '1.2': 30 });
    expect(noEvidence.json().error.code).toBe('EVIDENCE_REQUIRED');
    const fake = await uploadFile(
      t,
      officer.A!,
      `/api/v1/assessments/${assessmentOf.A}/evidence`,
      'a.pdf',
      Buffer.from('MZ not a pdf'),
    );
    expect(fake.statusCode).toBe(415);
    const exe = await uploadFile(
      t,
      officer.A!,
      `/api/v1/assessments/${assessmentOf.A}/evidence`,
      'a.exe',
      PDF,
    );
    expect(exe.json().error.code).toBe('ATTACHMENT_NOT_ALLOWED');
    const file = (
      await uploadFile(t, officer.A!, `/api/v1/assessments/${assessmentOf.A}/evidence`, 'CCHC.pdf', PDF)
    ).json();
    const foreign = await uploadFile(
      t,
      officer.B!,
      `/api/v1/assessments/${assessmentOf.B}/evidence`,
      'b.pdf',
      PDF,
    );
    expect((await selfScore('A', { '1.2': 30 }, [foreign.json().id])).statusCode).toBe(400);
    const ok = await selfScore('A', { '1.1': 30, '1.2': 30, II: 35 }, [file.id]);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().data.totals).toMatchObject({ total: 95, band: 'Xuất sắc' });
    const dl = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${assessmentOf.A}/evidence/${file.id}`,
      headers: { cookie: officer.A!.cookie },
    });
    expect(dl.rawPayload.equals(PDF)).toBe(true);
  });

  it('keeps units out of each other’s assessments', async () => {
    expect((await officer.A!.get(`/api/v1/assessments/${assessmentOf.B}`)).statusCode).toBe(404);
    const list = (await officer.A!.get(`/api/v1/score-sheets/${sheet.id}/assessments`)).json().data;
    expect(list.map((a: { unitId: number }) => a.unitId)).toEqual([u.A!.id]);
    expect((await officer.D!.get(`/api/v1/score-sheets/${sheet.id}`)).statusCode).toBe(404);
  });

  it('locks the table at the first submission; a later edit makes a new version', async () => {
    const ev = (
      await uploadFile(
        t,
        officer.B!,
        `/api/v1/assessments/${assessmentOf.B}/evidence`,
        'b.png',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
      )
    ).json();
    expect(
      (await selfScore('B', { '1.1': 30, '1.2': 30, II: 36, 'C.1': 1, 'D.1': 2 }, [ev.id])).statusCode,
    ).toBe(200);
    expect((await selfScore('C', { '1.1': 25, II: 30, 'C.2': 4 })).statusCode).toBe(200);
    for (const k of ['A', 'B', 'C']) expect((await step(officer[k]!, k, 'submit')).statusCode).toBe(200);
    expect((await selfScore('A', { II: 40 })).json().error.code).toBe('ASSESSMENT_INVALID_TRANSITION');
    expect((await admin.get(`/api/v1/score-sheets/${sheet.id}`)).json().data.lockedAt).not.toBeNull();
    const edit = await leaderA.patch(`/api/v1/score-sheets/${sheet.id}`, {
      criteria: sampleCriteria.map((c) => (c.code === 'II' ? { ...c, name: 'Công tác TĐKT (sửa)' } : c)),
    });
    expect(edit.json()).toMatchObject({
      versionCreated: true,
      data: { version: 2, previousId: sheet.id, status: 'draft' },
    });
    const again = await leaderA.patch(`/api/v1/score-sheets/${sheet.id}`, { name: 'Bảng điểm v2' });
    expect(again.json().data.id).toBe(edit.json().data.id);
    const v1 = (await admin.get(`/api/v1/score-sheets/${sheet.id}`)).json().data;
    expect(v1.criteria.find((c: { code: string }) => c.code === 'II').name).toBe(
      'Công tác thi đua, khen thưởng',
    );
  });
});

describe('review with reasons, ranking and proposals', () => {
  it('a changed score needs a reason, kept in history', async () => {
    const a = await get(leaderA, assessmentOf.C!);
    const noReason = await leaderA.put(`/api/v1/assessments/${a.id}/review`, {
      version: a.version,
      scores: [{ criterionId: crit('1.1'), points: 20 }],
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.code).toBe('SCORE_REASON_REQUIRED');
    const same = await leaderA.put(`/api/v1/assessments/${a.id}/review`, {
      version: a.version,
      scores: [{ criterionId: crit('1.1'), points: 25 }],
    });
    expect(same.statusCode).toBe(200);
    const ok = await leaderA.put(`/api/v1/assessments/${a.id}/review`, {
      version: same.json().data.version,
      scores: [{ criterionId: crit('1.1'), points: 20, reason: 'Chỉ tiêu 3 chưa đạt theo báo cáo quý IV' }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().data.totals.total).toBe(54);
    const history = (await officer.C!.get(`/api/v1/assessments/${a.id}/history`)).json();
    expect(history.changes).toEqual([
      expect.objectContaining({
        code: '1.1',
        fromPoints: 25,
        toPoints: 20,
        reason: 'Chỉ tiêu 3 chưa đạt theo báo cáo quý IV',
      }),
    ]);
    expect(history.events.map((e: { action: string }) => e.action)).toContain('assessment.submit');
  });

  it('only the year’s leader (not for itself), the deputy for the leader, and appraisers review', async () => {
    const c = await get(admin, assessmentOf.C!);
    const body = {
      version: c.version,
      scores: [{ criterionId: crit('II'), points: 31, reason: 'Bổ sung minh chứng' }],
    };
    expect((await leaderD.put(`/api/v1/assessments/${c.id}/review`, body)).statusCode).toBe(404);
    expect((await officer.A!.put(`/api/v1/assessments/${c.id}/review`, body)).statusCode).toBe(404);
    const a = await get(admin, assessmentOf.A!);
    const own = await leaderA.put(`/api/v1/assessments/${a.id}/review`, { ...body, version: a.version });
    expect(own.statusCode).toBe(403);
    expect(
      (await deputyB.post(`/api/v1/assessments/${a.id}/approve`, { version: a.version })).statusCode,
    ).toBe(200);
  });

  it('returns with a reason only, then finalises', async () => {
    expect((await step(appraiser, 'C', 'return')).json().error.code).toBe('SCORE_REASON_REQUIRED');
    expect((await step(appraiser, 'C', 'finalise')).json().error.code).toBe('ASSESSMENT_INVALID_TRANSITION');
    for (const k of ['B', 'C']) expect((await step(appraiser, k, 'approve')).statusCode).toBe(200);
    for (const k of ['A', 'B', 'C']) expect((await step(appraiser, k, 'finalise')).statusCode).toBe(200);
  });

  it('ranks equal totals by fewer penalty points and explains it', async () => {
    const r = (await officer.C!.get(`/api/v1/score-sheets/${sheet.id}/ranking`)).json();
    expect(r.isFinal).toBe(true);
    expect(
      r.rows.map(
        (x: {
          unitId: number;
          total: number;
          rank: number;
          band: string | null;
          decidedBy: string | null;
        }) => [x.unitId, x.total, x.rank, x.band, x.decidedBy],
      ),
    ).toEqual([
      [u.A!.id, 95, 1, 'Xuất sắc', null],
      [u.B!.id, 95, 2, 'Xuất sắc', 'penalty'],
      [u.C!.id, 54, 3, null, 'total'],
    ]);
    expect(r.rows[1].explanation).toContain('trừ');
    expect(r.tieBreakRule).toHaveLength(5);
  });

  it('proposes the leader for the flag and the next for Bằng khen; standings feed eligibility', async () => {
    const p = (await admin.get(`/api/v1/score-sheets/${sheet.id}/proposals`)).json();
    expect(p.complete).toBe(true);
    expect(
      p.proposals.map((x: { award: string; unitId: number; rank: number }) => [x.award, x.unitId, x.rank]),
    ).toEqual([
      ['CO_TINH', u.A!.id, 1],
      ['BK_TINH', u.B!.id, 2],
    ]);
    expect(p.proposals[0]).toMatchObject({
      year: 2026,
      total: 95,
      sheetId: sheet.id,
      unitName: 'Sở An Ninh',
    });
    const standings = await blocStandingsFor(t.database.db, 2026);
    expect(standings.get(u.A!.id)).toMatchObject({ rank: 1, organisedBy: 'province', exceededTargets: true });
    expect(standings.get(u.C!.id)).toMatchObject({ rank: 3, exceededTargets: false });
  });

  it('publishing the new version closes the old one and carries self-scores over as drafts', async () => {
    const v2 = (await leaderA.patch(`/api/v1/score-sheets/${sheet.id}`, { name: 'Bảng điểm v2' })).json()
      .data;
    const pub = await leaderA.post(`/api/v1/score-sheets/${v2.id}/publish`);
    expect(pub.statusCode, pub.body).toBe(200);
    expect((await admin.get(`/api/v1/score-sheets/${sheet.id}`)).json().data.status).toBe('closed');
    const list = (await admin.get(`/api/v1/score-sheets/${v2.id}/assessments`)).json().data;
    const a = list.find((x: { unitId: number }) => x.unitId === u.A!.id);
    expect(a).toMatchObject({ status: 'draft', totals: { total: 95 } });
  });
});
