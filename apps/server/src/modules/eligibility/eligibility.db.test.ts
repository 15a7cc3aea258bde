import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { award, initiative, personYear, registration } from '../../db/schema/index.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';

let t: TestContext;
let admin: TestClient;
let root: { id: number; path: string };
let school: { id: number };

type Verdict = {
  target: string;
  outcome: string;
  reasons: { ruleId: string; passed: boolean; citation: string }[];
};
const verdictOf = (body: { verdicts: Verdict[] }, target: string) =>
  body.verdicts.find((v) => v.target === target)!;

async function history(
  personId: number,
  cstdcsYears: number[],
  initiativeLevel: string | null,
  registeredYear = 2025,
) {
  const { db } = t.database;
  for (const year of [2021, 2022, 2023, 2024, 2025]) {
    const excellent = cstdcsYears.includes(year);
    await db.insert(personYear).values({ personId, year, rating: excellent ? 'HTXS' : 'HTT' });
    await db.insert(award).values({ personId, code: 'LDTT', kind: 'regular', year, issuerLevel: 'unit' });
    if (excellent)
      await db.insert(award).values({ personId, code: 'CSTDCS', kind: 'regular', year, issuerLevel: 'unit' });
  }
  if (initiativeLevel) {
    await db.insert(initiative).values({
      personId,
      kind: 'initiative',
      title: 'Số hóa',
      level: initiativeLevel,
      recognisedDate: '2025-10-15',
    });
  }
  await db.insert(registration).values({ personId, unitId: school.id, year: registeredYear, targets: null });
}

beforeAll(async () => {
  t = await createTestContext();
  t.clock.set('2026-01-10T03:00:00Z');
  root = await t.factories.unit({ name: 'UBND tỉnh' });
  school = await t.factories.unit({ name: 'Trường THPT Thử', parentId: root.id, kind: 'school' });
  admin = await t.actingAs('admin', root.id);
});
afterAll(() => t.close());

describe('eligibility from stored history', () => {
  it('three consecutive CSTĐCS years and a province-level initiative: CSTĐ tỉnh needs the council vote (≥90 %)', async () => {
    const p = await t.factories.person({ fullName: 'Trần Thị Minh Thư', unitId: school.id, sex: 'female' });
    await history(p.id, [2023, 2024, 2025], 'province');
    const res = await admin.get(`/api/v1/people/${p.id}/eligibility?year=2025`);
    expect(res.statusCode, res.body).toBe(200);
    const cstd = verdictOf(res.json(), 'CSTD_TINH');
    expect(cstd.outcome).toBe('needs_council_vote');
    expect(cstd.reasons.find((r) => r.ruleId === 'council-vote')).toMatchObject({ passed: false });
    expect(cstd.reasons.every((r) => r.citation.length > 0)).toBe(true);
    // Her history already holds LĐTT 2025: not proposed a second time for the same year.
    const ldtt = verdictOf(res.json(), 'LDTT');
    expect(ldtt.outcome).toBe('not_eligible');
    expect(ldtt.reasons.filter((r) => !r.passed).map((r) => r.ruleId)).toEqual(['already-conferred']);
  });

  it('a gap year breaks the chain', async () => {
    const p = await t.factories.person({ fullName: 'Lê Văn Hùng', unitId: school.id });
    await history(p.id, [2022, 2023, 2025], 'province');
    const cstd = verdictOf(
      (await admin.get(`/api/v1/people/${p.id}/eligibility?year=2025`)).json(),
      'CSTD_TINH',
    );
    expect(cstd.outcome).toBe('not_eligible');
    expect(cstd.reasons.find((r) => r.ruleId.includes('consecutive'))).toMatchObject({ passed: false });
  });

  it('an unregistered person is not considered for titles, but forms still are', async () => {
    const p = await t.factories.person({ unitId: school.id });
    await history(p.id, [2024, 2025], 'unit', 2024);
    const body = (await admin.get(`/api/v1/people/${p.id}/eligibility?year=2025`)).json();
    expect(verdictOf(body, 'LDTT').outcome).toBe('not_eligible');
    expect(verdictOf(body, 'LDTT').reasons.find((r) => r.ruleId === 'registration-required')).toMatchObject({
      passed: false,
    });
  });

  it('batch suggestions list the proposable subjects of a subtree, and export them', async () => {
    const res = await admin.get(
      `/api/v1/eligibility/suggestions?unitId=${root.id}&year=2025&target=CSTD_TINH`,
    );
    expect(res.statusCode).toBe(200);
    const names = res.json().data.map((s: { name: string }) => s.name);
    expect(names).toContain('Trần Thị Minh Thư');
    expect(names).not.toContain('Lê Văn Hùng');
    expect(res.json().counts.CSTD_TINH.needs_council_vote).toBeGreaterThanOrEqual(1);
    const xlsx = await admin.get(`/api/v1/eligibility/suggestions.xlsx?unitId=${root.id}&year=2025`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('an officer of another unit cannot see a person’s eligibility (404)', async () => {
    const other = await t.factories.unit({ parentId: root.id });
    const officer = await t.actingAs('unit_officer', other.id);
    const p = await t.factories.person({ unitId: school.id });
    expect((await officer.get(`/api/v1/people/${p.id}/eligibility?year=2025`)).statusCode).toBe(404);
    expect(
      (await officer.get(`/api/v1/eligibility/suggestions?unitId=${school.id}&year=2025`)).statusCode,
    ).toBe(404);
  });

  it('collectives: a unit’s verdicts come from its members and its own history', async () => {
    const res = await admin.get(`/api/v1/units/${school.id}/eligibility?year=2025`);
    expect(res.statusCode).toBe(200);
    expect(res.json().verdicts.map((v: Verdict) => v.target)).toEqual(
      expect.arrayContaining(['TTLDTT', 'TTLDXS']),
    );
  });
});

describe('stateless calculator', () => {
  const base = {
    kind: 'individual',
    targetYear: 2025,
    asOfDate: '2025-12-15',
    registration: { registered: true },
    ratings: [{ year: 2025, rating: 'HTT' }],
    awards: [],
  };

  it('answers LĐTT eligible for a good rating and not eligible for "HT"', async () => {
    const ok = await admin.post('/api/v1/eligibility/evaluate', { target: 'LDTT', case: base });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().verdicts[0].outcome).toBe('eligible');
    const no = await admin.post('/api/v1/eligibility/evaluate', {
      target: 'LDTT',
      case: { ...base, ratings: [{ year: 2025, rating: 'HT' }] },
    });
    expect(no.json().verdicts[0].outcome).toBe('not_eligible');
  });

  it('applies a council ballot at the exact 80 % boundary', async () => {
    const c = {
      ...base,
      ratings: [{ year: 2025, rating: 'HTXS' }],
      awards: [{ code: 'LDTT', year: 2025, kind: 'regular', issuerLevel: 'unit' }],
    };
    const pass = await admin.post('/api/v1/eligibility/evaluate', {
      target: 'CSTDCS',
      case: c,
      councilVote: { totalMembers: 20, present: 20, yesPresent: 16 },
    });
    expect(pass.json().verdicts[0].outcome).toBe('eligible');
    const fail = await admin.post('/api/v1/eligibility/evaluate', {
      target: 'CSTDCS',
      case: c,
      councilVote: { totalMembers: 20, present: 20, yesPresent: 15 },
    });
    expect(fail.json().verdicts[0].outcome).toBe('not_eligible');
  });

  it.each([
    ['a missing kind', { case: { ...base, kind: undefined } }, 'body.case.kind'],
    ['a bad date', { case: { ...base, asOfDate: '15/12/2025' } }, 'body.case.asOfDate'],
    [
      'an unknown rating',
      { case: { ...base, ratings: [{ year: 2025, rating: 'TOT' }] } },
      'body.case.ratings.0.rating',
    ],
    [
      'more yes votes than present',
      { case: base, target: 'CSTDCS', councilVote: { totalMembers: 10, present: 5, yesPresent: 6 } },
      'body.councilVote.yesPresent',
    ],
    ['an unknown target', { case: base, target: 'KHONG_CO' }, 'body.target'],
  ])('rejects %s with a 400 naming the field', async (_n, body, path) => {
    const res = await admin.post('/api/v1/eligibility/evaluate', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});

describe('Cờ thi đua: bloc-leader route from the bloc ranking', () => {
  it('a unit outside every province bloc is not eligible for the provincial flag (case 33)', async () => {
    const lonely = await t.factories.unit({ name: 'Đơn vị ngoài khối', parentId: root.id });
    const flag = verdictOf(
      (await admin.get(`/api/v1/units/${lonely.id}/eligibility?year=2025`)).json(),
      'CO_TINH',
    );
    expect(flag.outcome).toBe('not_eligible');
    expect(flag.reasons.some((r) => !r.passed && /bloc|khoi|flag/i.test(r.ruleId))).toBe(true);
  });
});

describe('collective member counts: computed in SQL or from person facts in memory, the same', () => {
  it('agrees on members, completed tasks, LĐTT, CSTĐCS and the worst discipline', async () => {
    const { loadPersonFacts } = await import('./person-facts.repository.ts');
    const { loadUnitFacts } = await import('./unit-facts.repository.ts');
    const { memberAggregatesFromPeople } = await import('./collective-members.ts');
    const { discipline } = await import('../../db/schema/index.ts');
    const team = await t.factories.unit({ name: 'Tổ kiểm tra chéo', parentId: root.id });
    const a = await t.factories.person({ unitId: team.id, sex: 'female' });
    const b = await t.factories.person({ unitId: team.id });
    await history(a.id, [2025], 'unit');
    await history(b.id, [], null);
    await t.database.db.insert(discipline).values([
      { personId: b.id, level: 'khien_trach', fromDate: '2024-03-01', toDate: '2025-02-28' },
      { personId: b.id, level: 'canh_cao', fromDate: '2023-01-01', toDate: '2023-12-31' },
    ]);
    const viaSql = await loadUnitFacts(t.database, { unitPath: root.path, year: 2025, fromYear: 2018 });
    const people = await loadPersonFacts(t.database, { unitPath: root.path, fromYear: 2018, toYear: 2025 });
    const inMemory = memberAggregatesFromPeople(people, 2025);
    const fields = ['members', 'female_members', 'completed', 'ldtt', 'cstdcs', 'worst_discipline'] as const;
    for (const u of viaSql) {
      const m = inMemory.get(u.id);
      const expected = Object.fromEntries(fields.map((f) => [f, u[f]]));
      const got = Object.fromEntries(fields.map((f) => [f, m ? m[f] : f === 'worst_discipline' ? null : 0]));
      expect(got, `unit ${u.name}`).toEqual(expected);
    }
    const teamRow = viaSql.find((u) => u.id === team.id)!;
    expect(teamRow).toMatchObject({
      members: 2,
      female_members: 1,
      completed: 2,
      ldtt: 2,
      cstdcs: 1,
      worst_discipline: 'khien_trach',
    });
  });
});
