import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { award, initiative, personYear, registration } from '../../db/schema/index.ts';
import { docxText } from '../../documents/docx/read-docx.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';
import { download, readWorkbook } from '../imports/test-xlsx.ts';

let t: TestContext;
let root: { id: number };
let sgd: { id: number };
let school: { id: number };
let commune: { id: number };
let village: { id: number };
let officer: TestClient;
let otherOfficer: TestClient;
let appraiser: TestClient;
let appraiser2: TestClient;
let communeAppraiser: TestClient;
let communeOfficer: TestClient;
let thu: { id: number };
let hung: { id: number };
let lan: { id: number };
let appraiserId: number;

type Detail = {
  data: {
    id: number;
    status: string;
    version: number;
    addresseeUnitId: number;
    dueDate: string | null;
    dueState: string;
    assignee: { id: number; name: string } | null;
    nominees: {
      id: number;
      name: string;
      target: string;
      version: number;
      verdict: { outcome: string; reasons: { ruleId: string; citation: string }[] } | null;
      needsJustification: boolean;
      appraisal: string | null;
      removedAt: string | null;
    }[];
    checklist: {
      code: string;
      satisfied: boolean;
      files: { id: number; fileName: string; nomineeId: number | null }[];
    }[];
    events: {
      action: string;
      actorName: string;
      fromStatus: string | null;
      toStatus: string | null;
      note: string | null;
      toUserName: string | null;
    }[];
  };
  abilities: Record<string, boolean>;
  actions: string[];
};

async function history(personId: number, cstdcsYears: number[], unitId = school.id) {
  const { db } = t.database;
  await db.insert(registration).values({ personId, unitId, year: 2025, targets: null, status: 'submitted' });
  for (const year of [2021, 2022, 2023, 2024, 2025]) {
    const excellent = cstdcsYears.includes(year);
    await db.insert(personYear).values({ personId, year, rating: excellent ? 'HTXS' : 'HTT' });
    // LĐTT 2025 is what the 2025 dossiers propose: a history that already held it would rule it out.
    if (year < 2025)
      await db.insert(award).values({
        personId,
        code: 'LDTT',
        kind: 'regular',
        year,
        issuerLevel: 'unit',
        decisionNo: `${10 + year - 2020}/QĐ-THPT`,
        decisionDate: `${year}-12-20`,
        issuer: 'Hiệu trưởng Trường THPT Vị Thanh',
      });
    if (excellent)
      await db.insert(award).values({
        personId,
        code: 'CSTDCS',
        kind: 'regular',
        year,
        issuerLevel: 'province',
        decisionNo: `${120 + year - 2020}/QĐ-SGDĐT`,
        decisionDate: `${year}-12-28`,
        issuer: 'Giám đốc Sở GD&ĐT',
      });
  }
  await db.insert(initiative).values({
    personId,
    kind: 'initiative',
    title: 'Số hóa học bạ',
    level: 'province',
    recognisedDate: '2025-10-15',
    recognisedBy: 'Sở Khoa học và Công nghệ',
  });
}

const url = (id: number, rest = '') => `/api/v1/dossiers/${id}${rest}`;
const ok = async (res: Awaited<ReturnType<TestClient['get']>>, status = 200): Promise<Detail> => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};
const transition = (c: TestClient, d: Detail, action: string, extra: Record<string, unknown> = {}) =>
  c.post(url(d.data.id, '/transition'), { action, version: d.data.version, ...extra });

beforeAll(async () => {
  t = await createTestContext();
  t.clock.set('2026-12-01T02:00:00Z'); // Tuesday 01/12/2026
  root = await t.factories.unit({ name: 'UBND tỉnh Hồng Lam' });
  sgd = await t.factories.unit({ name: 'Sở Giáo dục và Đào tạo', parentId: root.id, code: 'SGD' });
  school = await t.factories.unit({
    name: 'Trường THPT Vị Thanh',
    parentId: sgd.id,
    kind: 'school',
    code: 'VT',
  });
  commune = await t.factories.unit({
    name: 'UBND xã An Hòa',
    parentId: root.id,
    kind: 'commune',
    level: 'commune',
  });
  village = await t.factories.unit({
    name: 'Thôn Đông',
    parentId: commune.id,
    kind: 'village',
    level: 'village',
  });
  thu = await t.factories.person({ fullName: 'Trần Thị Minh Thư', unitId: school.id, sex: 'female' });
  hung = await t.factories.person({ fullName: 'Lê Văn Hùng', unitId: school.id });
  lan = await t.factories.person({ fullName: 'Vũ Thị Lan', unitId: village.id, sex: 'female' });
  await history(thu.id, [2023, 2024, 2025]);
  await history(hung.id, [2022, 2023, 2025]);
  await history(lan.id, [], village.id);
  officer = await t.actingAs('unit_officer', sgd.id);
  otherOfficer = await t.actingAs('unit_officer', commune.id);
  communeOfficer = otherOfficer;
  const a = await t.factories.user({
    displayName: 'Phạm Thu Hà',
    grants: [{ role: 'appraiser', unitId: root.id }],
  });
  appraiserId = a.id;
  appraiser = await t.login(a.username);
  appraiser2 = await t.actingAs('appraiser', root.id);
  communeAppraiser = await t.actingAs('appraiser', commune.id);
});
afterAll(() => t.close());

const createBody = () => ({
  unitId: sgd.id,
  kind: 'regular',
  targetLevel: 'province',
  year: 2025,
  title: 'Đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2025',
  letterNumber: '15/TTr-SGDĐT',
  letterDate: '2026-12-05',
  signerTitle: 'GIÁM ĐỐC',
  signerName: 'Nguyễn Văn Bình',
  nominees: [
    {
      subjectKind: 'individual',
      personId: thu.id,
      target: 'CSTD_TINH',
      achievement: 'Ba năm liền CSTĐCS, sáng kiến cấp tỉnh.',
    },
    { subjectKind: 'individual', personId: hung.id, target: 'CSTD_TINH' },
  ],
  origin: { kind: 'suggestions' },
});

describe('a dossier from the proposing unit, with the verdicts inline', () => {
  let d: Detail;
  it('creates the dossier addressed to the province, each nominee with the engine’s verdict and citations', async () => {
    d = await ok(await officer.post('/api/v1/dossiers', createBody()), 201);
    expect(d.data.status).toBe('draft');
    expect(d.data.addresseeUnitId).toBe(root.id);
    const [a, b] = d.data.nominees;
    expect(a!.verdict!.outcome).toBe('needs_council_vote');
    expect(a!.needsJustification).toBe(false);
    expect(b!.verdict!.outcome).toBe('not_eligible');
    expect(b!.verdict!.reasons.every((r) => r.citation.length > 0)).toBe(true);
    expect(b!.needsJustification).toBe(true);
    expect(d.actions).toEqual(['submit']);
    expect(d.data.events.map((e) => e.action)).toEqual(['create']);
    expect(d.data.checklist.map((c) => c.code)).toEqual(
      expect.arrayContaining(['submission', 'achievement_report']),
    );
  });

  it('refuses to submit while an ineligible nominee has no justification, and names the reason', async () => {
    const res = await transition(officer, d, 'submit');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('DOSSIER_UNJUSTIFIED');
    expect((await ok(await officer.get(url(d.data.id)))).data.status).toBe('draft');
  });

  it('refuses nominees outside the unit, unknown titles and duplicates, naming the row', async () => {
    const v = d.data.version;
    const outside = await officer.post(url(d.data.id, '/nominees'), {
      version: v,
      nominees: [{ subjectKind: 'individual', personId: lan.id, target: 'LDTT' }],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details).toMatchObject({ field: 'nominees[0].personId', row: 1 });
    const unknown = await officer.post(url(d.data.id, '/nominees'), {
      version: v,
      nominees: [{ subjectKind: 'individual', personId: thu.id, target: 'KHONG_CO' }],
    });
    expect(unknown.json().error.message).toContain('KHONG_CO');
    const dup = await officer.post(url(d.data.id, '/nominees'), {
      version: v,
      nominees: [{ subjectKind: 'individual', personId: thu.id, target: 'CSTD_TINH' }],
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('DOSSIER_DUPLICATE_NOMINEE');
    expect((await ok(await officer.get(url(d.data.id)))).data.nominees).toHaveLength(2);
  });

  it('adds a collective, writes the justification, generates the documents and submits', async () => {
    d = await ok(
      await officer.post(url(d.data.id, '/nominees'), {
        version: d.data.version,
        nominees: [
          {
            subjectKind: 'collective',
            unitId: school.id,
            target: 'BK_TINH',
            justification: 'Tập thể dẫn đầu khối trường THPT năm 2025.',
          },
        ],
      }),
    );
    expect(d.data.nominees).toHaveLength(3);
    const hungRow = d.data.nominees.find((n) => n.name === 'Lê Văn Hùng')!;
    d = await ok(
      await officer.patch(url(d.data.id, `/nominees/${hungRow.id}`), {
        version: hungRow.version,
        justification: 'Năm 2024 đi học nâng cao trình độ theo quyết định cử đi học.',
      }),
    );
    const letter = await officer.post(url(d.data.id, '/documents/generate'), { docCode: 'submission' });
    expect(letter.statusCode, letter.body).toBe(200);
    const reports = await officer.post(url(d.data.id, '/documents/generate'), {
      docCode: 'achievement_report',
    });
    expect(reports.json().data).toHaveLength(3);
    d = await ok(await officer.get(url(d.data.id)));
    expect(d.data.checklist.find((c) => c.code === 'submission')!.satisfied).toBe(true);
    expect(d.data.checklist.find((c) => c.code === 'achievement_report')!.satisfied).toBe(true);
    d = await ok(await transition(officer, d, 'submit'));
    expect(d.data.status).toBe('submitted');
    expect(d.abilities.canEdit).toBe(false);
    const edit = await officer.patch(url(d.data.id), { version: d.data.version, title: 'Sửa sau khi gửi' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('DOSSIER_LOCKED');
  });

  it('the Tờ trình and the reports read back with the names, the number and the decision numbers', async () => {
    const files = d.data.checklist.flatMap((c) => c.files);
    const letter = files.find((f) => f.fileName.startsWith('to-trinh'))!;
    const text = await docxText(await download(t, officer, url(d.data.id, `/files/${letter.id}`)));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('15/TTr-SGDĐT');
    expect(text).toContain('Trần Thị Minh Thư');
    expect(text).toContain('Lê Văn Hùng');
    expect(text).toContain('Trường THPT Vị Thanh');
    expect(text).toContain('Hồng Lam, ngày 05 tháng 12 năm 2026');
    const thuRow = d.data.nominees.find((n) => n.name === 'Trần Thị Minh Thư')!;
    const report = files.find((f) => f.nomineeId === thuRow.id)!;
    const rtext = await docxText(await download(t, officer, url(d.data.id, `/files/${report.id}`)));
    expect(rtext).toContain('BÁO CÁO THÀNH TÍCH');
    expect(rtext).toContain('Trần Thị Minh Thư');
    expect(rtext).toContain('125/QĐ-SGDĐT'); // CSTĐCS 2025
    expect(rtext).toContain('Số hóa học bạ');
    const list = await readWorkbook(await download(t, officer, url(d.data.id, '/nominees.xlsx')));
    const cells = JSON.stringify(list.worksheets[0]!.getSheetValues());
    expect(cells).toContain('Trần Thị Minh Thư');
    expect(cells).toContain('Trường THPT Vị Thanh');
  });

  it('uploads a signed PDF scan and refuses a text file named .pdf', async () => {
    const send = (fileName: string, bytes: Buffer) => {
      const boundary = '----vd-test-boundary';
      const part = (name: string, value: string) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
      return t.app.inject({
        method: 'POST',
        url: url(d.data.id, '/files'),
        headers: {
          cookie: appraiser.cookie,
          'x-csrf-token': appraiser.csrf,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload: Buffer.concat([
          Buffer.from(
            `${part('docCode', 'review_minutes')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
          ),
          bytes,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      });
    };
    // While only submitted, the appraiser may not add papers yet; the proposer no longer may.
    expect((await send('bien-ban.pdf', Buffer.from('%PDF-1.4\n%…'))).statusCode).toBe(409);
    d = await ok(await transition(appraiser, d, 'receive'));
    d = await ok(await transition(appraiser, d, 'assign', { assigneeUserId: appraiserId }));
    d = await ok(await transition(appraiser, d, 'start_appraisal'));
    const good = await send('bien-ban.pdf', Buffer.from('%PDF-1.4\n1 0 obj\n'));
    expect(good.statusCode, good.body).toBe(200);
    const bad = await send('gia-mao.pdf', Buffer.from('đây không phải PDF'));
    expect(bad.statusCode).toBe(415);
    expect(bad.json().error.message).toContain('gia-mao.pdf');
  });
});

describe('scope: who sees which dossier', () => {
  it('another unit’s officer gets 404 and an empty list; the province appraiser has it in the inbox', async () => {
    const list = (await otherOfficer.get('/api/v1/dossiers')).json();
    expect(list.total).toBe(0);
    const some = (await officer.get('/api/v1/dossiers?box=mine')).json();
    expect(some.total).toBe(1);
    expect((await otherOfficer.get(url(some.data[0].id))).statusCode).toBe(404);
    const inbox = (await appraiser.get('/api/v1/dossiers?box=inbox')).json();
    expect(inbox.data.map((x: { id: number }) => x.id)).toEqual([some.data[0].id]);
    // A commune appraiser is not the province's: not found.
    expect((await communeAppraiser.get(url(some.data[0].id))).statusCode).toBe(404);
    expect((await communeAppraiser.get('/api/v1/dossiers?box=inbox')).json().total).toBe(0);
  });

  it('a commune dossier goes to the commune appraiser, not to the province’s', async () => {
    const c = await ok(
      await communeOfficer.post('/api/v1/dossiers', {
        unitId: commune.id,
        kind: 'regular',
        targetLevel: 'commune',
        year: 2025,
        title: 'Đề nghị khen thưởng năm 2025 của xã An Hòa',
        nominees: [{ subjectKind: 'individual', personId: lan.id, target: 'LDTT' }],
      }),
      201,
    );
    expect(c.data.addresseeUnitId).toBe(commune.id);
    // A draft belongs to its unit: the appraiser sees it only once sent.
    expect((await communeAppraiser.get(url(c.data.id))).statusCode).toBe(404);
    await ok(await transition(communeOfficer, c, 'submit'));
    expect((await communeAppraiser.get(url(c.data.id))).statusCode).toBe(200);
    expect((await communeAppraiser.get('/api/v1/dossiers?box=inbox')).json().total).toBe(1);
    expect((await appraiser.get(url(c.data.id))).statusCode).toBe(404);
    expect((await appraiser.get('/api/v1/dossiers?box=inbox')).json().total).toBe(1);
  });
});

describe('appraisal: returns with reasons, per-nominee outcomes, freezing, conflicts', () => {
  let d: Detail;
  beforeAll(async () => {
    const list = (await officer.get('/api/v1/dossiers?box=mine')).json();
    d = await ok(await appraiser.get(url(list.data[0].id)));
  });

  it('received on 01/12/2026, the dossier is due 20 working days later; it shows in the assignee’s box', async () => {
    expect(d.data.status).toBe('in_appraisal');
    expect(d.data.dueDate).toBe('2026-12-29');
    expect(d.data.dueState).toBe('on_track');
    expect(d.data.assignee?.name).toBe('Phạm Thu Hà');
    const assigned = (await appraiser.get('/api/v1/dossiers?box=assigned')).json();
    expect(assigned.data[0].workingDaysLeft).toBe(20);
  });

  it('a return needs a reason; with it, the proposer is told and sees why', async () => {
    const bare = await transition(appraiser, d, 'return', { note: '  ' });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().error.code).toBe('NOTE_REQUIRED');
    d = await ok(await transition(appraiser, d, 'return', { note: 'Thiếu biên bản họp Hội đồng cơ sở.' }));
    expect(d.data.status).toBe('returned');
    const mine = await ok(await officer.get(url(d.data.id)));
    expect(mine.abilities.canEdit).toBe(true);
    expect(mine.data.events.at(-1)).toMatchObject({
      action: 'return',
      note: 'Thiếu biên bản họp Hội đồng cơ sở.',
    });
    const notes = (await officer.get('/api/v1/notifications')).json();
    expect(notes.unread).toBeGreaterThan(0);
    expect(notes.data[0]).toMatchObject({ kind: 'dossier.returned', link: `/dossiers/${d.data.id}` });
    expect(notes.data[0].body).toContain('Thiếu biên bản');
    const read = (await officer.post('/api/v1/notifications/read', {})).json();
    expect(read.unread).toBe(0);
    // The assignee was told of the assignment when it was made (by someone else? no: by themself → nobody).
    const a = (await appraiser.get('/api/v1/notifications')).json();
    expect(a.data.some((n: { kind: string }) => n.kind === 'dossier.submitted')).toBe(true);
    d = await ok(await transition(officer, mine, 'submit'));
    d = await ok(await transition(appraiser, d, 'receive'));
    d = await ok(await transition(appraiser, d, 'start_appraisal'));
    expect(d.data.status).toBe('in_appraisal');
  });

  it('two appraisers acting at once: one succeeds, the other gets a clear conflict, nothing is lost', async () => {
    const [r1, r2] = await Promise.all([
      transition(appraiser, d, 'assign', { assigneeUserId: appraiserId }),
      transition(appraiser2, d, 'return', { note: 'Trả lại lần hai' }),
    ]);
    const codes = [r1.statusCode, r2.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const loser = r1.statusCode === 409 ? r1 : r2;
    expect(loser.json().error.code).toBe('VERSION_CONFLICT');
    expect(loser.json().error.message).toContain('người khác');
    d = await ok(await appraiser.get(url(d.data.id)));
    const winner = r1.statusCode === 200 ? 'assign' : 'return';
    expect(d.data.events.at(-1)!.action).toBe(winner);
    if (winner === 'return') {
      d = await ok(await transition(officer, d, 'submit'));
      d = await ok(await transition(appraiser, d, 'receive'));
      d = await ok(await transition(appraiser, d, 'start_appraisal'));
    }
    // The same nominee at once: one wins; different nominees at once: both stand.
    const [n1, n2, n3] = d.data.nominees;
    const same = await Promise.all([
      appraiser.post(url(d.data.id, `/nominees/${n1!.id}/appraise`), {
        version: n1!.version,
        outcome: 'eligible',
      }),
      appraiser2.post(url(d.data.id, `/nominees/${n1!.id}/appraise`), {
        version: n1!.version,
        outcome: 'not_eligible',
        reason: 'Khác ý kiến',
      }),
    ]);
    expect(same.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const both = await Promise.all([
      appraiser.post(url(d.data.id, `/nominees/${n2!.id}/appraise`), {
        version: n2!.version,
        outcome: 'not_eligible',
        reason: 'Năm 2024 không đạt CSTĐCS: chuỗi ba năm bị gián đoạn.',
      }),
      appraiser2.post(url(d.data.id, `/nominees/${n3!.id}/appraise`), {
        version: n3!.version,
        outcome: 'eligible',
      }),
    ]);
    expect(both.map((r) => r.statusCode)).toEqual([200, 200]);
    d = await ok(await appraiser.get(url(d.data.id)));
    expect(d.data.nominees.map((n) => n.appraisal)).toEqual([
      expect.stringMatching(/eligible/),
      'not_eligible',
      'eligible',
    ]);
  });

  it('a negative outcome needs its reason; completion freezes the list and refuses later changes', async () => {
    const n = d.data.nominees[0]!;
    const bare = await appraiser.post(url(d.data.id, `/nominees/${n.id}/appraise`), {
      version: n.version,
      outcome: 'needs_information',
    });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().error.code).toBe('APPRAISAL_REASON_REQUIRED');
    d = await ok(
      await appraiser.post(url(d.data.id, `/nominees/${n.id}/appraise`), {
        version: n.version,
        outcome: 'needs_information',
        reason: 'Bổ sung xác nhận sáng kiến.',
      }),
    );
    const early = await transition(appraiser, d, 'complete_appraisal');
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('DOSSIER_NOT_APPRAISED');
    const again = d.data.nominees[0]!;
    d = await ok(
      await appraiser.post(url(d.data.id, `/nominees/${again.id}/appraise`), {
        version: again.version,
        outcome: 'eligible',
      }),
    );
    d = await ok(await transition(appraiser, d, 'complete_appraisal'));
    expect(d.data.status).toBe('appraised');
    expect(d.data.dueState).toBe('done');
    expect(d.abilities.canAppraise).toBe(false);
    const late = d.data.nominees[0]!;
    const refused = await appraiser.post(url(d.data.id, `/nominees/${late.id}/appraise`), {
      version: late.version,
      outcome: 'not_eligible',
      reason: 'muộn',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('DOSSIER_LOCKED');
    expect(d.data.events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'create',
        'submit',
        'receive',
        'assign',
        'start_appraisal',
        'return',
        'complete_appraisal',
      ]),
    );
    const statuses = d.data.events.map((e) => `${e.fromStatus ?? ''}→${e.toStatus ?? ''}`);
    expect(statuses.at(-1)).toBe('in_appraisal→appraised');
  });

  it('assigning someone who does not appraise for the addressee is refused', async () => {
    const c = await ok(await officer.post('/api/v1/dossiers', { ...createBody(), nominees: [] }), 201);
    const empty = await transition(officer, c, 'submit');
    expect(empty.json().error.code).toBe('DOSSIER_NO_NOMINEES');
    const withOne = await ok(
      await officer.post(url(c.data.id, '/nominees'), {
        version: c.data.version,
        nominees: [{ subjectKind: 'individual', personId: thu.id, target: 'LDTT' }],
      }),
    );
    let x = await ok(await transition(officer, withOne, 'submit'));
    x = await ok(await transition(appraiser, x, 'receive'));
    const wrong = await transition(appraiser, x, 'assign', { assigneeUserId: 999_999 });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details).toMatchObject({ field: 'assigneeUserId' });
    const options = (await appraiser.get(url(x.data.id, '/appraisers'))).json().data;
    expect(options.map((o: { name: string }) => o.name)).toContain('Phạm Thu Hà');
    const noAssignee = await transition(appraiser, x, 'start_appraisal');
    expect(noAssignee.json().error.code).toBe('DOSSIER_NOT_ASSIGNED');
    // An officer cannot take the appraiser's steps.
    expect((await transition(officer, x, 'start_appraisal')).statusCode).toBe(403);
  });
});
