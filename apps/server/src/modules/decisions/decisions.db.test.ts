import { toSearchText, vietnameseNameSortKey } from '@vinhdanh/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  award,
  baseSalary,
  council,
  councilSession,
  decision,
  decisionAward,
  decisionCounter,
  disclosure,
  dossier,
  dossierEvent,
  honour,
  nominee,
  parameterOverride,
  revocation,
  sessionItem,
} from '../../db/schema/index.ts';
import { docxText } from '../../documents/docx/read-docx.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';

let t: TestContext;
let root: { id: number; path: string; name: string };
let sgd: { id: number; path: string };
let school: { id: number; path: string };
let commune: { id: number; path: string };
let district: { id: number; path: string };
let signer: TestClient;
let appraiser: TestClient;
let sgdSigner: TestClient;
let communeSigner: TestClient;
let districtSigner: TestClient;

type Detail = {
  data: {
    id: number;
    status: string;
    kind: string;
    version: number;
    number: string | null;
    decisionDate: string | null;
    awardees: {
      id: number | null;
      nomineeId: number | null;
      personId: number | null;
      unitId: number | null;
      name: string;
      code: string;
      amount: number | null;
      paid: number;
      basis: string;
      authority: { allowed: boolean; ruleId: string; message: string };
      certificateCode: string | null;
      registryNo: string | null;
      revokedAt: string | null;
      revocation: { ground: string; decisionNumber: string | null } | null;
    }[];
    excluded: { nomineeId: number; name: string; code: string; reason: string }[];
    total: number;
    authorityOk: boolean;
    disclosure: { allowed: boolean; items: { dossierId: number; state: string; endsOn: string | null }[] };
    blockers: string[];
    revokes: { decisionAwardId: number; originalNumber: string | null }[] | null;
  };
  abilities: Record<string, boolean>;
};

const ok = async (res: Awaited<ReturnType<TestClient['get']>>, status = 200): Promise<Detail> => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};

interface NomineeSpec {
  personId?: number;
  unitId?: number;
  name: string;
  target: string;
  appraisal?: string | null;
  subjectKind?: string;
}

/** An appraised dossier addressed to `addresseeId` (written directly: the workflow has its own tests). */
async function makeDossier(opts: {
  addressee: { id: number; path: string };
  proposer?: { id: number; path: string };
  kind?: string;
  year?: number;
  status?: string;
  nominees: NomineeSpec[];
}) {
  const { db } = t.database;
  const proposer = opts.proposer ?? school;
  const title = `Hồ sơ ${Math.random().toString(36).slice(2, 7)}`;
  const [d] = await db
    .insert(dossier)
    .values({
      unitId: proposer.id,
      unitPath: proposer.path,
      addresseeUnitId: opts.addressee.id,
      addresseePath: opts.addressee.path,
      kind: opts.kind ?? 'regular',
      targetLevel: 'province',
      year: opts.year ?? 2026,
      title,
      searchTitle: toSearchText(title),
      status: opts.status ?? 'appraised',
      submittedAt: new Date('2026-11-20T02:00:00Z'),
    })
    .returning();
  const ns = [];
  for (const [i, n] of opts.nominees.entries()) {
    const [row] = await db
      .insert(nominee)
      .values({
        dossierId: d!.id,
        subjectKind: n.subjectKind ?? (n.personId ? 'individual' : 'collective'),
        personId: n.personId ?? null,
        unitId: n.unitId ?? null,
        displayName: n.name,
        sortKey: vietnameseNameSortKey(n.name),
        target: n.target,
        appraisal: n.appraisal === undefined ? 'eligible' : n.appraisal,
        position: i,
      })
      .returning();
    ns.push(row!);
  }
  return { dossier: d!, nominees: ns };
}

async function person(name: string, unitId = school.id) {
  return t.factories.person({ fullName: name, unitId });
}

const draft = (c: TestClient, body: Record<string, unknown>) => c.post('/api/v1/decisions', body);
const issue = (c: TestClient, d: Detail, extra: Record<string, unknown> = {}) =>
  c.post(`/api/v1/decisions/${d.data.id}/issue`, { version: d.data.version, ...extra });

async function readyDraft(
  c: TestClient,
  issuerUnitId: number,
  dossierIds: number[],
  decisionDate = '2026-12-10',
  signerName = 'Trần Văn Ký',
) {
  return ok(
    await draft(c, {
      issuerUnitId,
      dossierIds,
      decisionDate,
      signerName,
      signerTitle: 'Chủ tịch',
    }),
    201,
  );
}

beforeAll(async () => {
  t = await createTestContext();
  t.clock.set('2026-12-10T02:00:00Z');
  root = await t.factories.unit({ name: 'UBND tỉnh Hồng Lam', level: 'province', kind: 'agency' });
  sgd = await t.factories.unit({ name: 'Sở Giáo dục và Đào tạo', parentId: root.id, code: 'SGD' });
  school = await t.factories.unit({ name: 'Trường THPT Vị Thanh', parentId: sgd.id, kind: 'school' });
  commune = await t.factories.unit({
    name: 'UBND xã An Hòa',
    parentId: root.id,
    kind: 'commune',
    level: 'commune',
  });
  district = await t.factories.unit({
    name: 'UBND huyện Cũ',
    parentId: root.id,
    kind: 'agency',
    level: 'district',
  });
  signer = await t.actingAs('signer', root.id);
  appraiser = await t.actingAs('appraiser', root.id);
  sgdSigner = await t.actingAs('signer', sgd.id);
  communeSigner = await t.actingAs('signer', commune.id);
  districtSigner = await t.actingAs('signer', district.id);
});

afterAll(async () => {
  await t?.close();
});

describe('drafts', () => {
  it('draws awardees from an appraised dossier: eligible without council, council titles only when passed', async () => {
    const an = await person('Nguyễn Thị An');
    const binh = await person('Lê Văn Bình');
    const cuong = await person('Phạm Quốc Cường');
    const { dossier: d, nominees } = await makeDossier({
      addressee: root,
      nominees: [
        { personId: an.id, name: an.fullName, target: 'BK_TINH' },
        { personId: binh.id, name: binh.fullName, target: 'CSTD_TINH' },
        { personId: cuong.id, name: cuong.fullName, target: 'BK_TINH', appraisal: 'not_eligible' },
        { unitId: school.id, name: 'Trường THPT Vị Thanh', target: 'BK_TINH', subjectKind: 'collective' },
      ],
    });
    const res = await ok(await draft(appraiser, { issuerUnitId: root.id, dossierIds: [d.id] }), 201);
    expect(res.data.status).toBe('draft');
    expect(res.data.number).toBeNull();
    expect(res.data.awardees.map((a) => [a.name, a.code, a.basis])).toEqual([
      ['Nguyễn Thị An', 'BK_TINH', 'appraisal'],
      ['Trường THPT Vị Thanh', 'BK_TINH', 'appraisal'],
    ]);
    // Bằng khen of the provincial chairman: individual 1.5 × 2,340,000 = 3,510,000; collective 3.0 × = 7,020,000.
    expect(res.data.awardees.map((a) => a.amount)).toEqual([3_510_000, 7_020_000]);
    expect(res.data.total).toBe(10_530_000);
    expect(res.data.authorityOk).toBe(true);
    const excluded = Object.fromEntries(res.data.excluded.map((x) => [x.name, x.reason]));
    expect(excluded['Lê Văn Bình']).toMatch(/cần Hội đồng .* chưa có kết quả/);
    expect(excluded['Phạm Quốc Cường']).toMatch(/Không đủ điều kiện/i);
    // Appraisers prepare drafts but do not issue.
    expect(res.abilities).toMatchObject({ edit: true, issue: false });

    // The council passes Bình: he enters the draft on the council's basis.
    const { db } = t.database;
    const [c] = await db
      .insert(council)
      .values({ unitId: root.id, unitPath: root.path, name: 'Hội đồng TĐKT tỉnh' })
      .returning();
    const [s] = await db
      .insert(councilSession)
      .values({
        councilId: c!.id,
        unitPath: root.path,
        title: 'Phiên 1',
        sessionDate: '2026-12-05',
        status: 'closed',
      })
      .returning();
    await db.insert(sessionItem).values({
      sessionId: s!.id,
      nomineeId: nominees[1]!.id,
      dossierId: d.id,
      target: 'CSTD_TINH',
      subjectName: binh.fullName,
      result: 'passed',
    });
    const again = await ok(await signer.get(`/api/v1/decisions/${res.data.id}`));
    expect(again.data.awardees.find((a) => a.name === 'Lê Văn Bình')).toMatchObject({
      basis: 'council',
      amount: 7_020_000, // CSTĐ tỉnh: 3.0 × 2,340,000
    });
    expect(again.data.blockers).toContain('Chưa nhập đủ ngày quyết định, họ tên và chức vụ người ký.');
    expect(again.abilities).toMatchObject({ issue: true });
  });

  it('refuses dossiers not yet appraised, or addressed to another body', async () => {
    const p = await person('Vũ Minh Hải');
    const pending = await makeDossier({
      addressee: root,
      status: 'in_appraisal',
      nominees: [{ personId: p.id, name: p.fullName, target: 'BK_TINH' }],
    });
    const other = await makeDossier({
      addressee: sgd,
      nominees: [{ personId: p.id, name: p.fullName, target: 'GIAY_KHEN' }],
    });
    for (const id of [pending.dossier.id, other.dossier.id]) {
      const res = await draft(signer, { issuerUnitId: root.id, dossierIds: [id] });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().error.code).toBe('DECISION_DOSSIER_INVALID');
    }
  });

  it('scopes: a signer of another unit does not see the draft (404); a commune signer cannot draft for the province', async () => {
    const p = await person('Đỗ Thu Trang');
    const { dossier: d } = await makeDossier({
      addressee: root,
      nominees: [{ personId: p.id, name: p.fullName, target: 'BK_TINH' }],
    });
    const res = await readyDraft(signer, root.id, [d.id]);
    expect((await communeSigner.get(`/api/v1/decisions/${res.data.id}`)).statusCode).toBe(404);
    expect((await draft(communeSigner, { issuerUnitId: root.id, dossierIds: [d.id] })).statusCode).toBe(404);
    const officer = await t.actingAs('unit_officer', root.id);
    expect((await officer.get(`/api/v1/decisions/${res.data.id}`)).statusCode).toBe(404);
    // The appraiser may read and edit but not issue.
    expect((await issue(appraiser, res)).statusCode).toBe(403);
    await signer.delete(`/api/v1/decisions/${res.data.id}`);
  });
});

describe('issue', () => {
  it('numbers the decision, writes award history, decision_award and honour rows, closes the dossier; the .docx reads back', async () => {
    const lan = await person('Hoàng Thị Lan');
    const { dossier: d } = await makeDossier({
      addressee: root,
      nominees: [
        { personId: lan.id, name: lan.fullName, target: 'BK_TINH' },
        { unitId: school.id, name: 'Trường THPT Vị Thanh', target: 'BK_TINH', subjectKind: 'collective' },
      ],
    });
    // A second dossier whose only nominee still awaits the council: not decided, left open.
    const waiting = await makeDossier({
      addressee: root,
      nominees: [{ personId: lan.id, name: lan.fullName, target: 'CSTD_TINH' }],
    });
    const dr = await readyDraft(signer, root.id, [d.id, waiting.dossier.id], '2026-12-10', 'Trần Văn Ký');
    expect(dr.data.blockers).toEqual([]);
    expect(dr.data.excluded.map((x) => x.code)).toEqual(['CSTD_TINH']);
    const res = await ok(await issue(signer, dr));
    expect(res.data).toMatchObject({ status: 'issued', decisionDate: '2026-12-10' });
    expect(res.data.number).toMatch(/^\d+\/QĐ-UBND$/);
    const { db } = t.database;
    const awards = await db.select().from(award).where(eq(award.decisionNo, res.data.number!));
    expect(
      awards.map((a) => [a.personId, a.unitId, a.code, a.kind, a.year, a.issuerLevel, a.decisionDate]),
    ).toEqual([
      [lan.id, null, 'BK_TINH', 'regular', 2026, 'province', '2026-12-10'],
      [null, school.id, 'BK_TINH', 'regular', 2026, 'province', '2026-12-10'],
    ]);
    expect(awards[0]!.issuer).toBe('Chủ tịch UBND tỉnh Hồng Lam');
    const das = await db.select().from(decisionAward).where(eq(decisionAward.decisionId, res.data.id));
    expect(das).toHaveLength(2);
    expect(das[0]).toMatchObject({
      personId: lan.id,
      subjectName: 'Hoàng Thị Lan',
      amountVnd: 3_510_000,
      awardId: awards[0]!.id,
    });
    for (const x of das) expect(x.certificateCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(das[0]!.certificateCode).not.toBe(das[1]!.certificateCode);
    expect(das[1]!.registryNo).toMatch(/^\d{4}\/2026$/);
    const hs = await db
      .select()
      .from(honour)
      .where(
        inArray(
          honour.decisionAwardId,
          das.map((x) => x.id),
        ),
      );
    expect(hs.find((h) => h.subjectKind === 'collective')).toMatchObject({
      unitId: school.id,
      name: 'Trường THPT Vị Thanh',
    });
    expect(hs.find((h) => h.name === 'Hoàng Thị Lan')).toMatchObject({
      year: 2026,
      code: 'BK_TINH',
      subjectKind: 'individual',
      unitId: school.id,
      unitName: 'Trường THPT Vị Thanh',
      searchName: toSearchText('Hoàng Thị Lan'),
      sortKey: vietnameseNameSortKey('Hoàng Thị Lan'),
      decisionNumber: res.data.number,
      decisionDate: '2026-12-10',
      certificateCode: das[0]!.certificateCode,
      revoked: false,
    });
    const [closed] = await db.select().from(dossier).where(eq(dossier.id, d.id));
    expect(closed!.status).toBe('closed');
    const [open] = await db.select().from(dossier).where(eq(dossier.id, waiting.dossier.id));
    expect(open!.status).toBe('appraised');
    const [stored] = await db.select().from(decision).where(eq(decision.id, res.data.id));
    expect(stored!.dossierIds).toEqual([d.id]);
    const events = await db
      .select()
      .from(dossierEvent)
      .where(eq(dossierEvent.dossierId, d.id))
      .orderBy(dossierEvent.id);
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['decide', 'appraised', 'decided'],
      ['close', 'decided', 'closed'],
    ]);
    // Issued once: a second issue and edits are refused.
    expect((await issue(signer, res)).json().error.code).toBe('DECISION_NOT_DRAFT');

    const doc = await signer.get(`/api/v1/decisions/${res.data.id}/document`);
    expect(doc.statusCode).toBe(200);
    const text = await docxText(doc.rawPayload);
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Số: ${res.data.number}`,
      'Hồng Lam, ngày 10 tháng 12 năm 2026',
      'QUYẾT ĐỊNH',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HỒNG LAM',
      'Căn cứ Luật Thi đua, khen thưởng',
      'Điều 1.',
      'Điều 2.',
      'Điều 3.',
      'Nơi nhận:',
      'Trần Văn Ký',
      'DANH SÁCH KHEN THƯỞNG',
      `(Kèm theo Quyết định số ${res.data.number} ngày 10/12/2026`,
      'Hoàng Thị Lan',
      'Trường THPT Vị Thanh',
      '3.510.000',
      '7.020.000',
      'tổng số tiền thưởng: 10.530.000 đồng',
    ])
      expect(text).toContain(s);
  });

  it('the person’s eligibility sees the new award (3 consecutive CSTĐCS once the 2026 one is issued)', async () => {
    const minh = await person('Trịnh Văn Minh');
    const { db } = t.database;
    for (const year of [2024, 2025])
      await db
        .insert(award)
        .values({ personId: minh.id, code: 'CSTDCS', kind: 'regular', year, issuerLevel: 'unit' });
    const chain = async () => {
      const res = await signer.get(`/api/v1/people/${minh.id}/eligibility?year=2026`);
      expect(res.statusCode, res.body).toBe(200);
      const v = (
        res.json().verdicts as {
          target: string;
          reasons: { ruleId: string; facts: Record<string, unknown> }[];
        }[]
      ).find((x) => x.target === 'CSTD_TINH');
      return v?.reasons.find((r) => r.ruleId === 'consecutive-cstdcs')?.facts.consecutive;
    };
    expect(await chain()).toBe(0);
    // CSTĐCS: conferred by the head of the unit (Sở), after the council passed it.
    const { dossier: d, nominees } = await makeDossier({
      addressee: sgd,
      nominees: [{ personId: minh.id, name: minh.fullName, target: 'CSTDCS' }],
    });
    const [c] = await db
      .insert(council)
      .values({ unitId: sgd.id, unitPath: sgd.path, name: 'Hội đồng Sở' })
      .returning();
    const [s] = await db
      .insert(councilSession)
      .values({
        councilId: c!.id,
        unitPath: sgd.path,
        title: 'Phiên',
        sessionDate: '2026-12-01',
        status: 'closed',
      })
      .returning();
    await db.insert(sessionItem).values({
      sessionId: s!.id,
      nomineeId: nominees[0]!.id,
      dossierId: d.id,
      target: 'CSTDCS',
      subjectName: minh.fullName,
      result: 'passed',
    });
    const dr = await readyDraft(sgdSigner, sgd.id, [d.id]);
    expect(dr.data.awardees).toHaveLength(1);
    const res = await ok(await issue(sgdSigner, dr));
    expect(res.data.number).toBe('1/QĐ-SGD');
    expect(await chain()).toBe(3);
  });

  it('refuses an issuer without authority on the date, without consuming a number', async () => {
    const p = await person('Ngô Thị Hoa', commune.id);
    const q = await person('Bùi Văn Tùng', commune.id);
    // A commune chairman cannot confer the provincial Bằng khen.
    const bad = await makeDossier({
      addressee: commune,
      proposer: commune,
      nominees: [{ personId: p.id, name: p.fullName, target: 'BK_TINH' }],
    });
    const dr = await readyDraft(communeSigner, commune.id, [bad.dossier.id]);
    expect(dr.data.authorityOk).toBe(false);
    expect(dr.data.awardees[0]!.authority).toMatchObject({ allowed: false, ruleId: 'authority-not-granted' });
    const refused = await issue(communeSigner, dr);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.code).toBe('DECISION_AUTHORITY_REFUSED');
    expect(refused.json().error.message).toContain('Ngô Thị Hoa');
    const { db } = t.database;
    expect(
      await db.select().from(decisionCounter).where(eq(decisionCounter.issuerUnitId, commune.id)),
    ).toEqual([]);
    expect(await db.select().from(award).where(eq(award.personId, p.id))).toEqual([]);
    // Giấy khen is the commune's own: the first issued decision is number 1.
    const good = await makeDossier({
      addressee: commune,
      proposer: commune,
      nominees: [{ personId: q.id, name: q.fullName, target: 'GIAY_KHEN' }],
    });
    const res = await ok(
      await issue(communeSigner, await readyDraft(communeSigner, commune.id, [good.dossier.id])),
    );
    expect(res.data.number).toBe('1/QĐ-UBND');
    expect(res.data.awardees[0]!.amount).toBe(710_000); // 0.3 × 2,340,000 = 702,000 → rounded up 710,000
  });

  it('a district chairman could confer a Giấy khen until 30/06/2025, not from 01/07/2025', async () => {
    const p = await person('Lý Văn Sơn', district.id);
    const { dossier: d } = await makeDossier({
      addressee: district,
      proposer: district,
      year: 2025,
      nominees: [{ personId: p.id, name: p.fullName, target: 'GIAY_KHEN' }],
    });
    const before = await readyDraft(districtSigner, district.id, [d.id], '2025-06-30');
    expect(before.data.authorityOk).toBe(true);
    const after = await ok(
      await districtSigner.patch(`/api/v1/decisions/${before.data.id}`, {
        version: before.data.version,
        decisionDate: '2025-07-01',
      }),
    );
    expect(after.data.awardees[0]!.authority).toMatchObject({
      allowed: false,
      ruleId: 'authority-district-abolished',
    });
    const res = await issue(districtSigner, after);
    expect(res.json().error.code).toBe('DECISION_AUTHORITY_REFUSED');
  });

  it('refuses a second award of the same title, kind and year for a person (history is unique)', async () => {
    const p = await person('Tạ Minh Châu');
    const { db } = t.database;
    await db
      .insert(award)
      .values({ personId: p.id, code: 'BK_TINH', kind: 'regular', year: 2026, issuerLevel: 'province' });
    const { dossier: d } = await makeDossier({
      addressee: sgd,
      nominees: [
        { personId: p.id, name: p.fullName, target: 'GIAY_KHEN' },
        { personId: p.id, name: p.fullName, target: 'BK_TINH' },
      ],
    });
    // Sở cannot confer BK_TINH (ministry/province only): authority, then duplicates are caught; here GIAY_KHEN only.
    await db
      .update(nominee)
      .set({ appraisal: 'not_eligible' })
      .where(and(eq(nominee.dossierId, d.id), eq(nominee.target, 'BK_TINH')));
    await db
      .insert(award)
      .values({ personId: p.id, code: 'GIAY_KHEN', kind: 'regular', year: 2026, issuerLevel: 'unit' });
    const [counterBefore] = await db
      .select()
      .from(decisionCounter)
      .where(eq(decisionCounter.issuerUnitId, sgd.id));
    const res = await issue(sgdSigner, await readyDraft(sgdSigner, sgd.id, [d.id]));
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('DECISION_DUPLICATE_AWARD');
    const [counterAfter] = await db
      .select()
      .from(decisionCounter)
      .where(eq(decisionCounter.issuerUnitId, sgd.id));
    expect(counterAfter?.lastSeq).toBe(counterBefore?.lastSeq); // rolled back with the issue
  });
});

describe('public disclosure gate', () => {
  it('blocks before the end of the disclosure, allows the day after; ad-hoc dossiers are exempt', async () => {
    const { db } = t.database;
    const p = await person('Mai Anh Tuấn');
    const q = await person('Đặng Thu Hà');
    const regular = await makeDossier({
      addressee: root,
      nominees: [{ personId: p.id, name: p.fullName, target: 'BK_TINH' }],
    });
    const adhoc = await makeDossier({
      addressee: root,
      kind: 'adhoc',
      nominees: [{ personId: q.id, name: q.fullName, target: 'BK_TINH' }],
    });
    await db.insert(disclosure).values({
      unitId: root.id,
      unitPath: root.path,
      title: 'Công khai danh sách',
      dossierIds: [regular.dossier.id, adhoc.dossier.id],
      startsOn: '2026-12-01',
      endsOn: '2026-12-15',
    });
    const dr = await readyDraft(signer, root.id, [regular.dossier.id], '2026-12-15');
    expect(dr.data.disclosure).toMatchObject({
      allowed: false,
      items: [{ dossierId: regular.dossier.id, state: 'running', endsOn: '2026-12-15' }],
    });
    expect(dr.data.blockers.join(' ')).toContain('đang công khai đến hết ngày 15/12/2026');
    const blocked = await issue(signer, dr);
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().error.code).toBe('DECISION_DISCLOSURE_PENDING');
    const allowed = await ok(await issue(signer, dr, { decisionDate: '2026-12-16' }));
    expect(allowed.data).toMatchObject({ status: 'issued', decisionDate: '2026-12-16' });

    const ad = await readyDraft(signer, root.id, [adhoc.dossier.id], '2026-12-10');
    expect(ad.data.disclosure.items[0]!.state).toBe('exempt');
    expect((await ok(await issue(signer, ad))).data.status).toBe('issued');
  });

  it('no disclosure: passes while the province sets no period (null), blocks once it sets one', async () => {
    const { db } = t.database;
    const p = await person('Lâm Gia Huy');
    const { dossier: d } = await makeDossier({
      addressee: root,
      nominees: [{ personId: p.id, name: p.fullName, target: 'BK_TINH' }],
    });
    const dr = await readyDraft(signer, root.id, [d.id], '2026-12-20');
    expect(dr.data.disclosure.items[0]!.state).toBe('not_required');
    await db
      .insert(parameterOverride)
      .values({ key: 'disclosurePeriodDays', value: 10, effectiveFrom: '2026-12-18' });
    try {
      const again = await ok(await signer.get(`/api/v1/decisions/${dr.data.id}`));
      expect(again.data.disclosure).toMatchObject({ allowed: false, items: [{ state: 'missing' }] });
      expect((await issue(signer, again)).json().error.code).toBe('DECISION_DISCLOSURE_PENDING');
    } finally {
      await db.delete(parameterOverride).where(eq(parameterOverride.key, 'disclosurePeriodDays'));
      await signer.delete(`/api/v1/decisions/${dr.data.id}`);
    }
  });
});

describe('numbering', () => {
  it('issues 10 decisions concurrently with numbers exactly 1..10 (no gap, no duplicate), registry numbers too', async () => {
    const issuer = await t.factories.unit({ name: 'Sở Y tế', parentId: root.id, code: 'SYT' });
    const issuerSigner = await t.actingAs('signer', issuer.id);
    const drafts: Detail[] = [];
    for (let i = 0; i < 10; i++) {
      const p = await person(`Người Thứ ${i + 1}`);
      const { dossier: d } = await makeDossier({
        addressee: issuer,
        nominees: [{ personId: p.id, name: p.fullName, target: 'GIAY_KHEN' }],
      });
      drafts.push(await readyDraft(issuerSigner, issuer.id, [d.id]));
    }
    const results = await Promise.all(drafts.map((dr) => issue(issuerSigner, dr)));
    for (const r of results) expect(r.statusCode, r.body).toBe(200);
    const numbers = results.map((r) => r.json().data.number as string);
    expect(numbers.map((n) => Number(n.split('/')[0])).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    for (const n of numbers) expect(n).toMatch(/^\d+\/QĐ-SYT$/);
    const { db } = t.database;
    const regs = await db
      .select({ registryNo: decisionAward.registryNo })
      .from(decisionAward)
      .innerJoin(decision, eq(decision.id, decisionAward.decisionId))
      .where(eq(decision.issuerUnitId, issuer.id));
    expect(regs.map((r) => r.registryNo).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `${String(i + 1).padStart(4, '0')}/2026`),
    );
    const [counter] = await db
      .select()
      .from(decisionCounter)
      .where(eq(decisionCounter.issuerUnitId, issuer.id));
    expect(counter).toMatchObject({ year: 2026, lastSeq: 10 });
  });
});

describe('revocation', () => {
  it('is decided by the original issuer only, with its own numbered decision; history, honour roll and eligibility follow', async () => {
    const p = await person('Quách Thị Ngọc');
    const { dossier: d } = await makeDossier({
      addressee: root,
      nominees: [{ personId: p.id, name: p.fullName, target: 'BK_TINH' }],
    });
    const issued = await ok(await issue(signer, await readyDraft(signer, root.id, [d.id])));
    const da = issued.data.awardees[0]!;
    expect(da.id).not.toBeNull();
    const body = {
      issuerUnitId: root.id,
      ground: 'forged_documents',
      note: 'Kết luận thanh tra số 12/KL-TTr xác định hồ sơ có giấy tờ giả.',
      decisionDate: '2026-12-20',
      signerName: 'Trần Văn Ký',
      signerTitle: 'Chủ tịch',
    };
    // Another issuer (the commune, even by a signer who also covers it) is refused with a clear error.
    const wrong = await signer.post(`/api/v1/decision-awards/${da.id}/revoke`, {
      ...body,
      issuerUnitId: commune.id,
    });
    expect(wrong.statusCode, wrong.body).toBe(422);
    expect(wrong.json().error.code).toBe('REVOCATION_WRONG_ISSUER');
    expect(wrong.json().error.message).toContain('Chủ tịch Ủy ban nhân dân tỉnh Hồng Lam');
    // A commune signer does not even see the province's award.
    expect(
      (
        await communeSigner.post(`/api/v1/decision-awards/${da.id}/revoke`, {
          ...body,
          issuerUnitId: commune.id,
        })
      ).statusCode,
    ).toBe(404);
    // The appraiser cannot revoke.
    expect((await appraiser.post(`/api/v1/decision-awards/${da.id}/revoke`, body)).statusCode).toBe(403);

    const { db } = t.database;
    const [counter] = await db
      .select()
      .from(decisionCounter)
      .where(eq(decisionCounter.issuerUnitId, root.id));
    const rev = await ok(await signer.post(`/api/v1/decision-awards/${da.id}/revoke`, body), 201);
    expect(rev.data).toMatchObject({
      kind: 'revocation',
      status: 'issued',
      number: `${counter!.lastSeq + 1}/QĐ-UBND`,
    });
    expect(rev.data.revokes).toEqual([
      { decisionAwardId: da.id, name: p.fullName, originalNumber: issued.data.number },
    ]);
    const [row] = await db.select().from(decisionAward).where(eq(decisionAward.id, da.id!));
    expect(row!.revokedAt).not.toBeNull();
    const [rv] = await db.select().from(revocation).where(eq(revocation.decisionAwardId, da.id!));
    expect(rv).toMatchObject({ ground: 'forged_documents', decisionId: rev.data.id });
    const [h] = await db.select().from(honour).where(eq(honour.decisionAwardId, da.id!));
    expect(h!.revoked).toBe(true);
    expect(await db.select().from(award).where(eq(award.personId, p.id))).toEqual([]);
    const original = await ok(await signer.get(`/api/v1/decisions/${issued.data.id}`));
    expect(original.data.awardees[0]).toMatchObject({
      revocation: { ground: 'forged_documents', decisionNumber: rev.data.number },
    });
    expect(original.data.awardees[0]!.revokedAt).not.toBeNull();
    const again = await signer.post(`/api/v1/decision-awards/${da.id}/revoke`, body);
    expect(again.json().error.code).toBe('AWARD_ALREADY_REVOKED');
    const doc = await docxText((await signer.get(`/api/v1/decisions/${rev.data.id}/document`)).rawPayload);
    expect(doc).toContain('Hủy bỏ việc tặng');
    expect(doc).toContain(`Quyết định số ${issued.data.number}`);
    expect(doc).toContain('Luật TĐKT Điều 93.2(b)');
  });
});

describe('base salary', () => {
  it('amounts follow the stored base-salary timeline on the decision date', async () => {
    const { db } = t.database;
    const p = await person('Kiều Văn Phúc');
    const { dossier: d } = await makeDossier({
      addressee: root,
      nominees: [{ personId: p.id, name: p.fullName, target: 'BK_TINH' }],
    });
    await db
      .insert(baseSalary)
      .values({ amount: 2_530_000, effectiveFrom: '2026-12-15', legalBasis: 'Nghị định thử' });
    try {
      const before = await readyDraft(signer, root.id, [d.id], '2026-12-14');
      expect(before.data.awardees[0]!.amount).toBe(3_510_000); // 1.5 × 2,340,000
      const after = await ok(
        await signer.patch(`/api/v1/decisions/${before.data.id}`, {
          version: before.data.version,
          decisionDate: '2026-12-15',
        }),
      );
      expect(after.data.awardees[0]!.amount).toBe(3_800_000); // 1.5 × 2,530,000 = 3,795,000 → up to 3,800,000
      await signer.delete(`/api/v1/decisions/${before.data.id}`);
    } finally {
      await db.delete(baseSalary).where(eq(baseSalary.effectiveFrom, '2026-12-15'));
    }
  });
});
