import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvent,
  ballot,
  ballotParticipation,
  dossier,
  dossierEvent,
  nominee,
} from '../../db/schema/index.ts';
import { docxParagraphs, docxTables } from '../../documents/docx/read-docx.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';

/**
 * The council with its secret ballot, end to end through the API: a council of 10, a session below
 * quorum (nothing passes), a valid session where one nominee passes at exactly 80 % (7 cast + 1
 * written = 8 of 10) and another fails at 7 of 10, double votes refused, outsiders refused, receipts
 * verified — then the LEAK TEST scans every response this file received, the audit log and the minutes.
 */

type Res = Awaited<ReturnType<TestClient['get']>>;
let t: TestContext;
let root: { id: number; path: string };
let school: { id: number };
let admin: TestClient;
let secretary: TestClient;
let outsider: TestClient;
let seatless: TestClient;
let councilId: number;
let dossierId: number;
const nomineeIds: Record<string, number> = {};

interface Seat {
  memberId: number;
  userId: number;
  username: string;
  displayName: string;
  fullName: string;
  client: TestClient;
}
const seats: Seat[] = [];

/** Every response any client in this file received: the leak test reads them all. */
const seen: { what: string; res: Res }[] = [];

function recording(c: TestClient, who: string): TestClient {
  const wrap =
    (method: 'get' | 'post' | 'patch' | 'put' | 'delete') => async (url: string, body?: unknown) => {
      const res = await (c[method] as (u: string, b?: unknown) => Promise<Res>)(url, body);
      seen.push({ what: `${who} ${method.toUpperCase()} ${url}`, res });
      return res;
    };
  return {
    ...c,
    get: wrap('get'),
    post: wrap('post'),
    patch: wrap('patch'),
    put: wrap('put'),
    delete: wrap('delete'),
  };
}

async function as(username: string) {
  return recording(await t.login(username), username);
}

const ok = (res: Res, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};

const FULL_NAMES = [
  'Trần Quốc Khánh',
  'Lê Thị Mai Phương',
  'Phạm Đức Thắng',
  'Võ Minh Triết',
  'Đặng Thu Hà',
  'Bùi Văn Lực',
  'Hoàng Ngọc Diệp',
  'Ngô Thanh Sơn',
  'Dương Bích Liên',
  'Cao Xuân Trường',
];
const ROLES = ['chair', 'vice_chair', 'secretary', ...Array(7).fill('member')];

beforeAll(async () => {
  t = await createTestContext();
  t.clock.set('2026-12-01T02:00:00Z');
  root = await t.factories.unit({ name: 'UBND tỉnh Hồng Lam' });
  const sgd = await t.factories.unit({ name: 'Sở Giáo dục và Đào tạo', parentId: root.id });
  school = await t.factories.unit({ name: 'Trường THPT Vị Thanh', parentId: sgd.id, kind: 'school' });
  const adminUser = await t.factories.user({
    displayName: 'Quản trị',
    grants: [{ role: 'admin', unitId: root.id }],
  });
  admin = await as(adminUser.username);
  const secUser = await t.factories.user({
    displayName: 'Văn phòng Hội đồng',
    grants: [{ role: 'council_secretary', unitId: root.id }],
  });
  secretary = await as(secUser.username);
  const out = await t.factories.user({ grants: [{ role: 'unit_officer', unitId: school.id }] });
  outsider = await as(out.username);
  const noSeat = await t.factories.user({
    displayName: 'Khách mời dự họp',
    grants: [{ role: 'council_member', unitId: root.id }],
  });
  seatless = await as(noSeat.username);

  // An appraised dossier addressed to the province: two CSTĐCS nominees need the council (80 %),
  // an LĐTT nominee does not, a removed one and a not-eligible one are out.
  const { db } = t.database;
  const [d] = await db
    .insert(dossier)
    .values({
      unitId: sgd.id,
      unitPath: sgd.path,
      addresseeUnitId: root.id,
      addresseePath: root.path,
      kind: 'regular',
      targetLevel: 'province',
      year: 2026,
      title: 'Đề nghị khen thưởng năm 2026 – Sở GD&ĐT',
      searchTitle: 'de nghi khen thuong nam 2026',
      status: 'appraised',
      submittedAt: new Date('2026-11-20T02:00:00Z'),
      appraisedAt: new Date('2026-11-28T02:00:00Z'),
    })
    .returning();
  dossierId = d!.id;
  const nominees: [string, string, string | null, boolean][] = [
    ['Nguyễn Thị Thu', 'CSTDCS', 'eligible', false],
    ['Lý Văn Hùng', 'CSTDCS', 'eligible', false],
    ['Mạc Thị Lan', 'LDTT', 'eligible', false],
    ['Tô Văn Bình', 'CSTDCS', 'eligible', true],
    ['Kiều Văn Cường', 'CSTDCS', 'not_eligible', false],
  ];
  for (const [i, [name, target, appraisal, removed]] of nominees.entries()) {
    const [n] = await db
      .insert(nominee)
      .values({
        dossierId,
        subjectKind: 'individual',
        displayName: name,
        sortKey: name,
        target,
        appraisal,
        position: i,
        removedAt: removed ? new Date('2026-11-25T02:00:00Z') : null,
      })
      .returning();
    nomineeIds[name] = n!.id;
  }
});

afterAll(async () => {
  await t?.close();
});

describe('council, members and terms', () => {
  it('the secretary sets up a council of 10 members tied to their user accounts', async () => {
    const created = ok(
      await secretary.post('/api/v1/councils', {
        unitId: root.id,
        name: 'Hội đồng Thi đua – Khen thưởng tỉnh Hồng Lam',
        termFrom: '2026-01-01',
        termTo: '2030-12-31',
      }),
      201,
    );
    councilId = created.data.id;
    for (const [i, fullName] of FULL_NAMES.entries()) {
      const u = await t.factories.user({
        displayName: `TK ${fullName}`,
        grants: [{ role: 'council_member', unitId: root.id }],
      });
      const detail = ok(
        await secretary.post(`/api/v1/councils/${councilId}/members`, {
          fullName,
          title: i === 0 ? 'Chủ tịch UBND tỉnh' : 'Giám đốc Sở',
          role: ROLES[i],
          userId: u.id,
        }),
      );
      const m = detail.data.members.find((x: { fullName: string }) => x.fullName === fullName);
      expect(m.fromDate).toBe('2026-01-01'); // the council's term by default
      seats.push({
        memberId: m.id,
        userId: u.id,
        username: u.username,
        displayName: u.displayName,
        fullName,
        client: await as(u.username),
      });
    }
    const detail = ok(await admin.get(`/api/v1/councils/${councilId}`));
    expect(detail.data.members.map((m: { role: string }) => m.role).slice(0, 3)).toEqual([
      'chair',
      'vice_chair',
      'secretary',
    ]);
    expect(detail.data.memberCount).toBe(10);
    // A member sees the council but cannot edit it; an officer of a school does not even see it.
    const asMember = ok(await seats[4]!.client.get(`/api/v1/councils/${councilId}`));
    expect(asMember.abilities.manage).toBe(false);
    expect(asMember.data.myMemberId).toBe(seats[4]!.memberId);
    expect(
      (
        await seats[4]!.client.post(`/api/v1/councils/${councilId}/members`, {
          fullName: 'X',
          role: 'member',
        })
      ).statusCode,
    ).toBe(403);
    expect((await outsider.get(`/api/v1/councils/${councilId}`)).statusCode).toBe(404);
    // One account, one seat.
    const dup = await secretary.post(`/api/v1/councils/${councilId}/members`, {
      fullName: 'Trùng tài khoản',
      role: 'member',
      userId: seats[0]!.userId,
    });
    expect(dup.statusCode).toBe(409);
  });
});

let s1: number;
let s2: number;
const itemsOf = async (sessionId: number) =>
  ok(await secretary.get(`/api/v1/council-sessions/${sessionId}`)).data.items as {
    id: number;
    nomineeId: number;
    subjectName: string;
    agree: number | null;
    result: string | null;
    requiredAgree: number | null;
  }[];
const attendance = (presentIdx: number[]) => ({
  entries: seats.map((s, i) => ({ memberId: s.memberId, present: presentIdx.includes(i) })),
});
const itemFor = (items: { id: number; subjectName: string }[], name: string) =>
  items.find((i) => i.subjectName === name)!.id;

describe('agenda from appraised nominees', () => {
  it('offers only eligible, not removed nominees whose title needs the council; the dossier goes to the council', async () => {
    s1 = ok(
      await secretary.post(`/api/v1/councils/${councilId}/sessions`, {
        title: 'Phiên họp thứ nhất năm 2026',
        sessionDate: '2026-12-05',
      }),
      201,
    ).data.id;
    const cands = ok(await secretary.get(`/api/v1/council-sessions/${s1}/candidates`)).data;
    expect(cands.map((c: { subjectName: string }) => c.subjectName).sort()).toEqual([
      'Lý Văn Hùng',
      'Nguyễn Thị Thu',
    ]);
    expect(cands[0].thresholdPercent).toBe(80);
    // A nominee that needs no vote is refused.
    const bad = await secretary.post(`/api/v1/council-sessions/${s1}/items`, {
      nomineeIds: [nomineeIds['Mạc Thị Lan']],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('COUNCIL_NOT_CANDIDATE');
    const s = ok(
      await secretary.post(`/api/v1/council-sessions/${s1}/items`, {
        nomineeIds: [nomineeIds['Nguyễn Thị Thu'], nomineeIds['Lý Văn Hùng']],
      }),
    );
    expect(s.data.items).toHaveLength(2);
    expect(s.data.items[0].requiredAgree).toBe(8);
    const [d] = await t.database.db.select().from(dossier).where(eq(dossier.id, dossierId));
    expect(d!.status).toBe('in_council');
    const events = await t.database.db
      .select()
      .from(dossierEvent)
      .where(eq(dossierEvent.dossierId, dossierId));
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['to_council', 'appraised', 'in_council'],
    ]);
    // Already on an agenda: not offered again.
    expect(ok(await secretary.get(`/api/v1/council-sessions/${s1}/candidates`)).data).toEqual([]);
    // Members cannot edit the agenda.
    expect(
      (await seats[1]!.client.post(`/api/v1/council-sessions/${s1}/items`, { nomineeIds: [1] })).statusCode,
    ).toBe(403);
  });
});

describe('session below quorum', () => {
  it('opens only with full attendance; 6 of 10 present is below 2/3, so nothing passes even if all agree', async () => {
    expect(ok(await secretary.post(`/api/v1/council-sessions/${s1}/open`), 422).error.code).toBe(
      'COUNCIL_ATTENDANCE_MISSING',
    );
    ok(await secretary.put(`/api/v1/council-sessions/${s1}/attendance`, attendance([0, 1, 2, 3, 4, 5])));
    const opened = ok(await secretary.post(`/api/v1/council-sessions/${s1}/open`));
    expect(opened.data).toMatchObject({
      status: 'open',
      totalMembers: 10,
      presentCount: 6,
      quorumMet: false,
      quorumRequired: 7,
    });
    const items = await itemsOf(s1);
    for (const i of [0, 1, 2, 3, 4, 5])
      for (const item of items)
        ok(
          await seats[i]!.client.post(`/api/v1/council-sessions/${s1}/items/${item.id}/vote`, {
            choice: 'agree',
          }),
        );
    // Four written opinions (agree) would reach 10/10 — still an invalid session.
    for (const i of [6, 7, 8, 9])
      ok(
        await secretary.post(`/api/v1/council-sessions/${s1}/written-opinions`, {
          memberId: seats[i]!.memberId,
          choices: items.map((it) => ({ itemId: it.id, choice: 'agree' })),
        }),
      );
    const tallied = ok(await secretary.post(`/api/v1/council-sessions/${s1}/tally`));
    const sessions = ok(await admin.get(`/api/v1/councils/${councilId}/sessions`)).data;
    expect(sessions.find((x: { id: number }) => x.id === s1)).toMatchObject({
      itemCount: 2,
      presentCount: 6,
      quorumMet: false,
    });
    expect(ok(await admin.get('/api/v1/councils')).data[0]).toMatchObject({ id: councilId, memberCount: 10 });
    expect(tallied.data.status).toBe('closed');
    expect(tallied.data.items.map((i: { result: string }) => i.result)).toEqual([
      'invalid_session',
      'invalid_session',
    ]);
    expect(tallied.data.items[0]).toMatchObject({ agree: 6, disagree: 0, writtenAgree: 4, writtenTotal: 4 });
    // No ballot after the tally.
    const late = await seats[0]!.client.post(`/api/v1/council-sessions/${s1}/items/${items[0]!.id}/vote`, {
      choice: 'agree',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('COUNCIL_SESSION_NOT_OPEN');
  });
});

const receipts: { code: string; itemId: number }[] = [];

describe('valid session, secret ballot and tally at the exact 80 % boundary', () => {
  it('re-puts the nominees of the invalid session on a new agenda', async () => {
    s2 = ok(
      await secretary.post(`/api/v1/councils/${councilId}/sessions`, {
        title: 'Phiên họp thứ hai năm 2026',
        sessionDate: '2026-12-10',
      }),
      201,
    ).data.id;
    const cands = ok(await secretary.get(`/api/v1/council-sessions/${s2}/candidates`)).data;
    expect(cands).toHaveLength(2);
    ok(
      await secretary.post(`/api/v1/council-sessions/${s2}/items`, {
        nomineeIds: cands.map((c: { nomineeId: number }) => c.nomineeId),
      }),
    );
    // Member 9 (index 9) is absent; 9 of 10 present.
    ok(
      await secretary.put(
        `/api/v1/council-sessions/${s2}/attendance`,
        attendance([0, 1, 2, 3, 4, 5, 6, 7, 8]),
      ),
    );
    const opened = ok(await secretary.post(`/api/v1/council-sessions/${s2}/open`));
    expect(opened.data).toMatchObject({ quorumMet: true, presentCount: 9, totalMembers: 10 });
    expect(
      ok(await secretary.post(`/api/v1/council-sessions/${s2}/items`, { nomineeIds: [1] }), 409).error.code,
    ).toBe('COUNCIL_SESSION_LOCKED');
  });

  it('each present member votes for themselves; double votes, absentees, outsiders and non-members are refused', async () => {
    const items = await itemsOf(s2);
    const thu = itemFor(items, 'Nguyễn Thị Thu');
    const hung = itemFor(items, 'Lý Văn Hùng');
    // 7 of the 9 present agree on each item, 2 disagree.
    for (const [i, seat] of seats.slice(0, 9).entries()) {
      const choice = i < 7 ? 'agree' : 'disagree';
      for (const itemId of [thu, hung]) {
        const url = `/api/v1/council-sessions/${s2}/items/${itemId}/vote`;
        if (i === 8 && itemId === thu) {
          // Two ballots from one member at the same instant: exactly one is taken.
          const both = await Promise.all([
            seat.client.post(url, { choice }),
            seat.client.post(url, { choice }),
          ]);
          expect(both.map((x) => x.statusCode).sort()).toEqual([200, 409]);
          receipts.push({ code: both.find((x) => x.statusCode === 200)!.json().receiptCode, itemId });
          continue;
        }
        const r = ok(await seat.client.post(url, { choice }));
        expect(Object.keys(r)).toEqual(['receiptCode']);
        expect(r.receiptCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);
        receipts.push({ code: r.receiptCode, itemId });
      }
    }
    const again = await seats[0]!.client.post(`/api/v1/council-sessions/${s2}/items/${thu}/vote`, {
      choice: 'disagree',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('COUNCIL_ALREADY_VOTED');
    const absent = await seats[9]!.client.post(`/api/v1/council-sessions/${s2}/items/${thu}/vote`, {
      choice: 'agree',
    });
    expect(absent.json().error.code).toBe('COUNCIL_NOT_PRESENT');
    const noSeat = await seatless.post(`/api/v1/council-sessions/${s2}/items/${thu}/vote`, {
      choice: 'agree',
    });
    expect(noSeat.statusCode).toBe(403);
    expect(noSeat.json().error.code).toBe('COUNCIL_NOT_MEMBER');
    expect(
      (await outsider.post(`/api/v1/council-sessions/${s2}/items/${thu}/vote`, { choice: 'agree' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await secretary.post(`/api/v1/council-sessions/${s2}/items/${thu}/vote`, { choice: 'agree' }))
        .statusCode,
    ).toBe(403);
    // The voter sees "voted" on their items; nobody sees a choice before the tally.
    const mine = ok(await seats[3]!.client.get(`/api/v1/council-sessions/${s2}`));
    expect(mine.data.items.map((i: { votedByMe: boolean }) => i.votedByMe)).toEqual([true, true]);
    expect(
      mine.data.items.map((i: { ballotsReceived: number; agree: null }) => [i.ballotsReceived, i.agree]),
    ).toEqual([
      [9, null],
      [9, null],
    ]);
  });

  it("records the absentee's written opinion once, and only for an absent member", async () => {
    const items = await itemsOf(s2);
    const thu = itemFor(items, 'Nguyễn Thị Thu');
    const hung = itemFor(items, 'Lý Văn Hùng');
    const present = await secretary.post(`/api/v1/council-sessions/${s2}/written-opinions`, {
      memberId: seats[0]!.memberId,
      choices: [{ itemId: thu, choice: 'agree' }],
    });
    expect(present.json().error.code).toBe('COUNCIL_NOT_ABSENT');
    ok(
      await secretary.post(`/api/v1/council-sessions/${s2}/written-opinions`, {
        memberId: seats[9]!.memberId,
        choices: [
          { itemId: thu, choice: 'agree' },
          { itemId: hung, choice: 'disagree' },
        ],
      }),
    );
    const twice = await secretary.post(`/api/v1/council-sessions/${s2}/written-opinions`, {
      memberId: seats[9]!.memberId,
      choices: [{ itemId: thu, choice: 'agree' }],
    });
    expect(twice.json().error.code).toBe('COUNCIL_ALREADY_VOTED');
    const detail = ok(await admin.get(`/api/v1/council-sessions/${s2}`));
    expect(
      detail.data.attendance.find((a: { memberId: number }) => a.memberId === seats[9]!.memberId),
    ).toMatchObject({
      present: false,
      writtenOpinion: true,
    });
  });

  it('tallies on the total membership: 7 cast + 1 written = 8/10 passes, 7/10 fails', async () => {
    const members = ok(await seats[2]!.client.post(`/api/v1/council-sessions/${s2}/tally`), 403);
    expect(members.error.code).toBe('FORBIDDEN');
    const tallied = ok(await secretary.post(`/api/v1/council-sessions/${s2}/tally`));
    const byName = Object.fromEntries(
      tallied.data.items.map((i: { subjectName: string }) => [i.subjectName, i]),
    );
    expect(byName['Nguyễn Thị Thu']).toMatchObject({
      agree: 7,
      disagree: 2,
      writtenAgree: 1,
      writtenTotal: 1,
      result: 'passed',
      thresholdPercent: 80,
    });
    expect(byName['Lý Văn Hùng']).toMatchObject({
      agree: 7,
      disagree: 2,
      writtenAgree: 0,
      writtenTotal: 1,
      result: 'not_passed',
    });
    // The ballots are all there (9 cast + 1 written per item), the participation rows too.
    const { db } = t.database;
    for (const item of tallied.data.items as { id: number }[]) {
      const b = await db.select().from(ballot).where(eq(ballot.itemId, item.id));
      const p = await db.select().from(ballotParticipation).where(eq(ballotParticipation.itemId, item.id));
      expect(b).toHaveLength(10);
      expect(p).toHaveLength(10);
      expect(b.filter((x) => x.source === 'written')).toHaveLength(1);
      expect(b.filter((x) => x.source === 'written' && x.receiptHash !== null)).toHaveLength(0);
    }
  });
});

describe('receipts', () => {
  it("confirms the voter's ballot was counted, without the choice; a random code is not found", async () => {
    const r = receipts[0]!;
    const v = ok(
      await seats[0]!.client.post('/api/v1/council-receipts/verify', { code: r.code.toLowerCase() }),
    );
    expect(v).toMatchObject({ found: true, sessionId: s2, tallied: true, itemSubjectName: 'Nguyễn Thị Thu' });
    expect(JSON.stringify(v)).not.toMatch(/agree|đồng ý/i);
    const random = ok(
      await seats[0]!.client.post('/api/v1/council-receipts/verify', {
        code: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01',
      }),
    );
    expect(random.found).toBe(false);
    const malformed = ok(
      await seats[0]!.client.post('/api/v1/council-receipts/verify', { code: 'xin chào' }),
    );
    expect(malformed.found).toBe(false);
    // The code is stored only as its hash.
    const rows = await t.database.db.select().from(ballot);
    expect(rows.some((b) => b.receiptHash?.includes(r.code.replace(/-/g, '')))).toBe(false);
    expect(new Set(receipts.map((x) => x.code)).size).toBe(receipts.length);
  });
});

// ——— the leak test ———

const CHOICE_VALUES = new Set(['agree', 'disagree', 'đồng ý', 'không đồng ý']);
const ID_KEYS = /^(memberId|member_id|userId|user_id|actorUserId|actorId|voterId|entityId|id)$/;

interface Identity {
  names: string[];
  ids: Set<string>;
}

/**
 * Paths in a JSON value where ONE object (or array) holds both something that identifies a member
 * (their name, account name, member id or user id under an id-like key) and a ballot choice. The root
 * counts too, so a choice anywhere next to a member anywhere in one response is a leak.
 */
function findLeaks(value: unknown, people: Identity[]): string[] {
  const leaks: string[] = [];
  function visit(v: unknown, path: string, key: string): { who: Set<number>; choice: boolean } {
    const who = new Set<number>();
    let choice = false;
    if (typeof v === 'string') {
      const s = v.trim().toLocaleLowerCase('vi');
      if (CHOICE_VALUES.has(s)) choice = true;
      people.forEach((p, i) => {
        if (p.names.some((n) => v.includes(n))) who.add(i);
        if (ID_KEYS.test(key) && p.ids.has(v)) who.add(i);
      });
      // A free text that names a member and a choice ("Nguyễn Văn A: đồng ý").
      if (who.size > 0 && /đồng ý|\bagree|\bdisagree/i.test(v)) choice = true;
    } else if (typeof v === 'number') {
      if (ID_KEYS.test(key))
        people.forEach((p, i) => {
          if (p.ids.has(String(v))) who.add(i);
        });
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const r = visit(child, `${path}.${k}`, Array.isArray(v) ? key : k);
        for (const w of r.who) who.add(w);
        choice ||= r.choice;
      }
    }
    if (
      who.size > 0 &&
      choice &&
      (typeof v !== 'object' || v === null || !leaks.some((l) => l.startsWith(path)))
    )
      leaks.push(path);
    return { who, choice };
  }
  visit(value, '$', '');
  return leaks;
}

describe('LEAK TEST: nothing links a member to a choice', () => {
  let people: Identity[];
  beforeAll(() => {
    people = seats.map((s) => ({
      names: [s.fullName, s.displayName, s.username],
      ids: new Set([String(s.memberId), String(s.userId)]),
    }));
  });

  it('the checker itself catches a member id or name next to a choice', () => {
    const s = seats[0]!;
    expect(findLeaks({ receiptCode: 'X', memberId: s.memberId, choice: 'agree' }, people)).not.toEqual([]);
    expect(
      findLeaks(
        { data: { items: [{ id: 1, ballots: [{ userId: s.userId, choice: 'disagree' }] }] } },
        people,
      ),
    ).not.toEqual([]);
    expect(findLeaks({ text: `${s.fullName}: đồng ý` }, people)).not.toEqual([]);
    expect(findLeaks({ memberId: s.memberId, result: 'passed', agree: 8 }, people)).toEqual([]);
  });

  it('no response of any council endpoint, as admin or secretary, nor of the audit log, leaks', async () => {
    for (const c of [admin, secretary]) {
      for (const url of [
        '/api/v1/councils',
        `/api/v1/councils?unitId=${root.id}`,
        `/api/v1/councils/${councilId}`,
        `/api/v1/councils/${councilId}/user-options`,
        `/api/v1/councils/${councilId}/sessions`,
        `/api/v1/council-sessions/${s1}`,
        `/api/v1/council-sessions/${s2}`,
        `/api/v1/council-sessions/${s2}/candidates`,
        '/api/v1/audit?pageSize=200',
        '/api/v1/audit?pageSize=200&page=2',
        '/api/v1/audit?entityType=council_session&pageSize=200',
        '/api/v1/audit?action=council.vote&pageSize=200',
        '/api/v1/audit?action=council.written_opinion&pageSize=200',
        '/api/v1/audit?action=council.tally&pageSize=200',
        '/api/v1/audit/verify',
      ])
        await c.get(url);
      await c.post('/api/v1/council-receipts/verify', { code: receipts[3]!.code });
    }
    for (const seat of seats) await seat.client.get(`/api/v1/council-sessions/${s2}`);
    // Admin can read the audit log: the vote events are there, without the choice.
    const votes = ok(await admin.get('/api/v1/audit?action=council.vote&pageSize=200')).data;
    expect(votes).toHaveLength(6 * 2 + 9 * 2);
    expect(votes[0].after).toEqual({
      sessionId: expect.any(Number),
      itemId: expect.any(Number),
      memberId: expect.any(Number),
    });

    expect(seen.length).toBeGreaterThan(100);
    const leaks: string[] = [];
    for (const { what, res } of seen) {
      const type = String(res.headers['content-type'] ?? '');
      if (type.includes('json')) leaks.push(...findLeaks(res.json(), people).map((p) => `${what} ${p}`));
      else if (!type.includes('officedocument'))
        leaks.push(...findLeaks(res.body, people).map((p) => `${what} ${p}`));
    }
    expect(leaks).toEqual([]);
  });

  it('the audit table itself holds no choice next to a member', async () => {
    const rows = await t.database.db
      .select()
      .from(auditEvent)
      .where(sql`${auditEvent.action} like 'council.%'`);
    expect(rows.length).toBeGreaterThan(30);
    expect(findLeaks(rows, people)).toEqual([]);
    expect(JSON.stringify(rows)).not.toMatch(/:"(agree|disagree)"/);
  });

  it('the minutes (.docx) give counts per item, and no row or paragraph pairs a member with a choice', async () => {
    for (const c of [admin, secretary, seats[5]!.client]) {
      const res = await c.get(`/api/v1/council-sessions/${s2}/minutes.docx`);
      expect(res.statusCode).toBe(200);
      const buf = res.rawPayload;
      const paragraphs = await docxParagraphs(buf);
      const rows = (await docxTables(buf)).flat().map((r) => r.join(' | '));
      for (const line of [...paragraphs, ...rows]) {
        const named = seats.some((s) => line.includes(s.fullName));
        expect(named && /đồng ý|agree/i.test(line), line).toBe(false);
      }
      expect(
        rows.some((r) => r.includes('Nguyễn Thị Thu') && r.includes('8/10 (80%)') && r.includes('Đạt')),
      ).toBe(true);
      expect(
        rows.some((r) => r.includes('Lý Văn Hùng') && r.includes('7/10 (70%)') && r.includes('Không đạt')),
      ).toBe(true);
      expect(
        rows.some((r) => r.includes(FULL_NAMES[9]!) && r.includes('Vắng mặt (có ý kiến bằng văn bản)')),
      ).toBe(true);
    }
    expect((await outsider.get(`/api/v1/council-sessions/${s2}/minutes.docx`)).statusCode).toBe(404);
  });

  it('the tables: ballot has no member, user or time column; participation has no choice', async () => {
    const cols = async (table: string) =>
      (
        await t.database.query<{ column_name: string }>(
          `select column_name from information_schema.columns where table_name = '${table}' order by column_name`,
        )
      ).rows.map((r) => r.column_name);
    const b = await cols('ballot');
    expect(b).toEqual(['choice', 'id', 'item_id', 'receipt_hash', 'source']);
    expect(b.filter((c) => /member|user|time|_at$|date|created|seq/.test(c))).toEqual([]);
    const p = await cols('ballot_participation');
    expect(p).toEqual(['id', 'item_id', 'member_id', 'session_id']);
    expect(p).not.toContain('choice');
  });
});
