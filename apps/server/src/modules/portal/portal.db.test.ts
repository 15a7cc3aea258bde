import { createHash } from 'node:crypto';
import { toSearchText, vietnameseNameSortKey } from '@vinhdanh/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decision,
  decisionAward,
  dossier,
  honour,
  movement,
  nominee,
  publicComment,
} from '../../db/schema/index.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';

let t: TestContext;
let province: { id: number; path: string };
let other: { id: number; path: string };
let school: { id: number; path: string };
let appraiser: TestClient;
let otherAppraiser: TestClient;
let viewer: TestClient;
let dossierId: number;
let otherDossierId: number;

const BIRTH = '1979-04-03';
const ID_NUMBER = '082079001234';
const SECRET_NOTE = 'Ghi chú thẩm định mật: đã xác minh hồ sơ';
const SECRET_REASON = 'Lý do nội bộ không công bố';

/** An anonymous request: no cookie, no CSRF header. */
const anon = (method: 'GET' | 'POST', url: string, payload?: unknown, remoteAddress = '203.0.113.7') =>
  t.app.inject({
    method,
    url,
    remoteAddress,
    ...(payload === undefined ? {} : { payload: payload as never }),
  });

async function addDossier(addressee: { id: number; path: string }, status: string, names: string[]) {
  const [d] = await t.database.db
    .insert(dossier)
    .values({
      unitId: school.id,
      unitPath: school.path,
      addresseeUnitId: addressee.id,
      addresseePath: addressee.path,
      kind: 'annual',
      targetLevel: 'province',
      year: 2026,
      title: `Hồ sơ thử ${names[0]}`,
      searchTitle: toSearchText(`Hồ sơ thử ${names[0]}`),
      status,
      submittedAt: new Date('2026-02-01T00:00:00Z'),
    })
    .returning();
  let pos = 0;
  for (const name of names) {
    const p = await t.factories.person({
      fullName: name,
      unitId: school.id,
      birthDate: BIRTH,
      idNumber: pos === 0 && status === 'appraised' ? ID_NUMBER : null,
    });
    await t.database.db.insert(nominee).values({
      dossierId: d!.id,
      subjectKind: 'individual',
      personId: p.id,
      displayName: name,
      sortKey: vietnameseNameSortKey(name),
      target: 'CSTDCS',
      achievement: SECRET_NOTE,
      appraisal: pos === names.length - 1 && names.length > 2 ? 'not_eligible' : 'eligible',
      appraisalReason: SECRET_REASON,
      position: pos++,
    });
  }
  return d!.id;
}

beforeAll(async () => {
  t = await createTestContext();
  province = await t.factories.unit({ name: 'UBND tỉnh Thử' });
  other = await t.factories.unit({ name: 'UBND tỉnh Khác' });
  school = await t.factories.unit({
    name: 'Trường THPT Chuyên Vị Thanh',
    parentId: province.id,
    kind: 'school',
  });
  appraiser = await t.actingAs('appraiser', province.id);
  otherAppraiser = await t.actingAs('appraiser', other.id);
  viewer = await t.actingAs('viewer', province.id);
  dossierId = await addDossier(province, 'appraised', ['Nguyễn Văn Ánh', 'Lê Thị Hồng', 'Phạm Văn Loại']);
  otherDossierId = await addDossier(province, 'in_appraisal', ['Trần Văn Chưa']);

  // Honour roll rows and an issued decision with two certificates, one revoked.
  const [dec] = await t.database.db
    .insert(decision)
    .values({
      issuerUnitId: province.id,
      issuerPath: province.path,
      issuerLevel: 'province',
      year: 2025,
      seq: 12,
      number: '12/QĐ-UBND',
      symbol: 'QĐ-UBND',
      decisionDate: '2025-12-20',
      title: 'Khen thưởng năm 2025',
      signerName: 'Nguyễn Chủ Tịch',
      status: 'issued',
      kind: 'award',
    })
    .returning();
  await t.database.db.insert(decisionAward).values([
    {
      decisionId: dec!.id,
      subjectName: 'Nguyễn Văn Ánh',
      unitName: 'Trường THPT Chuyên Vị Thanh',
      code: 'CSTDCS',
      kind: 'title',
      certificateCode: 'VD-2025-AAAA1111',
    },
    {
      decisionId: dec!.id,
      subjectName: 'Đỗ Văn Thu Hồi',
      unitName: 'Trường THPT Chuyên Vị Thanh',
      code: 'CSTDCS',
      kind: 'title',
      certificateCode: 'VD-2025-BBBB2222',
      revokedAt: new Date('2026-01-10T03:00:00Z'),
    },
  ]);
  const rows: (typeof honour.$inferInsert)[] = [];
  const add = (name: string, year: number, code: string, unitId: number, revoked = false) =>
    rows.push({
      year,
      code,
      subjectKind: 'individual',
      name,
      searchName: toSearchText(name),
      sortKey: vietnameseNameSortKey(name),
      unitId,
      unitName: unitId === school.id ? 'Trường THPT Chuyên Vị Thanh' : 'UBND tỉnh Khác',
      decisionNumber: `${year}/QĐ-UBND`,
      decisionDate: `${year}-12-20`,
      issuer: 'UBND tỉnh Thử',
      certificateCode: `C-${rows.length}`,
      revoked,
    });
  add('Nguyễn Văn Ánh', 2025, 'CSTDCS', school.id);
  add('Nguyễn Văn Bình', 2025, 'LDTT', school.id);
  add('Nguyễn Văn Cường', 2024, 'CSTDCS', other.id);
  add('Nguyễn Vân Dung', 2024, 'CSTDCS', school.id);
  add('Trần Thị Nguyễn', 2025, 'CSTDCS', school.id);
  add('Đỗ Văn Thu Hồi', 2025, 'CSTDCS', school.id, true);
  add('Lê Thị Mai', 2023, 'BK_UBND_TINH', other.id);
  await t.database.db.insert(honour).values(rows);

  await t.database.db.insert(movement).values([
    {
      unitId: province.id,
      unitPath: province.path,
      kind: 'regular',
      name: 'Phong trào Thi đua yêu nước 2026',
      searchName: 'phong trao thi dua yeu nuoc 2026',
      participants: { unitKinds: [], unitIds: [], groups: [] },
      status: 'launched',
      launchedAt: new Date('2026-01-05T00:00:00Z'),
    },
    {
      unitId: province.id,
      unitPath: province.path,
      kind: 'regular',
      name: 'Phong trào bản nháp bí mật',
      searchName: 'phong trao ban nhap bi mat',
      participants: { unitKinds: [], unitIds: [], groups: [] },
      status: 'draft',
    },
  ]);
});

afterAll(() => t.close());

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON of responses
type Json = Record<string, any>;

describe('public portal without login', () => {
  it('answers every public endpoint without a session', async () => {
    for (const url of [
      '/api/v1/public/honours',
      '/api/v1/public/honours/facets',
      '/api/v1/public/movements',
      '/api/v1/public/stories',
      '/api/v1/public/disclosures',
      '/api/v1/public/certificates/VD-2025-AAAA1111',
    ]) {
      const res = await anon('GET', url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
    // Staff endpoints still need a session.
    expect((await anon('GET', '/api/v1/disclosures')).statusCode).toBe(401);
    expect((await anon('GET', '/api/v1/stories')).statusCode).toBe(401);
  });

  it('lists launched movements only', async () => {
    const names = (await anon('GET', '/api/v1/public/movements')).json().data.map((m: Json) => m.name);
    expect(names).toContain('Phong trào Thi đua yêu nước 2026');
    expect(names).not.toContain('Phong trào bản nháp bí mật');
  });
});

describe('honour roll', () => {
  const search = async (qs: string) => (await anon('GET', `/api/v1/public/honours?${qs}`)).json();

  it('searches without diacritics: "nguyen van" finds "Nguyễn Văn …" (and "Nguyễn Vân"), not the revoked', async () => {
    const r = await search('q=nguyen%20van');
    expect(r.data.map((h: Json) => h.name).sort()).toEqual(
      ['Nguyễn Văn Ánh', 'Nguyễn Văn Bình', 'Nguyễn Văn Cường', 'Nguyễn Vân Dung'].sort(),
    );
    expect(r.total).toBe(4);
    // Typed with diacritics works too; revoked awards never appear on the roll.
    expect((await search('q=Nguy%E1%BB%85n%20V%C4%83n%20%C3%81nh')).data.map((h: Json) => h.name)).toEqual([
      'Nguyễn Văn Ánh',
    ]);
    expect((await search('q=thu%20hoi')).data).toEqual([]);
    // LIKE wildcards are taken literally.
    expect((await search('q=%25')).data).toEqual([]);
  });

  it('filters by year, title code and unit', async () => {
    expect((await search('q=nguyen&year=2024')).data.map((h: Json) => h.name).sort()).toEqual(
      ['Nguyễn Văn Cường', 'Nguyễn Vân Dung'].sort(),
    );
    expect((await search('code=LDTT')).data.map((h: Json) => h.name)).toEqual(['Nguyễn Văn Bình']);
    const byUnit = await search(`unitId=${other.id}`);
    expect(byUnit.data.map((h: Json) => h.name).sort()).toEqual(['Lê Thị Mai', 'Nguyễn Văn Cường'].sort());
    expect(byUnit.data[0].titleName).toBeTruthy();
  });

  it('paginates in Vietnamese name order with a total', async () => {
    const p1 = await search('pageSize=2&page=1');
    const p2 = await search('pageSize=2&page=2');
    const p4 = await search('pageSize=2&page=4');
    expect(p1.total).toBe(6);
    expect(p1.data).toHaveLength(2);
    expect(p2.data).toHaveLength(2);
    expect(p4.data).toHaveLength(0);
    const all = (await search('pageSize=50')).data.map((h: Json) => h.name);
    expect([...p1.data, ...p2.data].map((h: Json) => h.name)).toEqual(all.slice(0, 4));
    // Sorted by given name first (Ánh, Bình, Cường, Dung, Mai, Nguyễn).
    expect(all).toEqual([
      'Nguyễn Văn Ánh',
      'Nguyễn Văn Bình',
      'Nguyễn Văn Cường',
      'Nguyễn Vân Dung',
      'Lê Thị Mai',
      'Trần Thị Nguyễn',
    ]);
    expect((await anon('GET', '/api/v1/public/honours?pageSize=51')).statusCode).toBe(400);
  });
});

describe('honour roll beyond the counted cap', () => {
  it('a broad search says "more than 5000" and still pages in name order', async () => {
    const rows: (typeof honour.$inferInsert)[] = [];
    for (let i = 0; i < 5010; i++) {
      const name = `Phạm Văn Rộng ${String(i).padStart(4, '0')}`;
      rows.push({
        year: 2022,
        code: 'LDTT',
        subjectKind: 'individual',
        name,
        searchName: toSearchText(name),
        sortKey: vietnameseNameSortKey(name),
        unitId: other.id,
        unitName: 'UBND tỉnh Khác',
      });
    }
    for (let i = 0; i < rows.length; i += 1000)
      await t.database.db.insert(honour).values(rows.slice(i, i + 1000));
    const search = async (qs: string) => (await anon('GET', `/api/v1/public/honours?${qs}`)).json();
    const p1 = await search('q=pham%20van%20rong&pageSize=50');
    expect(p1).toMatchObject({ total: 5000, totalCapped: true });
    const p2 = await search('q=pham%20van%20rong&pageSize=50&page=2');
    const names = [...p1.data, ...p2.data].map((h: Json) => h.name);
    expect(names).toHaveLength(100);
    expect(new Set(names).size).toBe(100);
    const keys = names.map(vietnameseNameSortKey);
    expect(keys).toEqual([...keys].sort());
    // Narrow searches are exact as before.
    expect(await search('q=rong%200042')).toMatchObject({ total: 1, totalCapped: false });
    await t.database.db.delete(honour).where(eq(honour.year, 2022));
  });
});

describe('certificate verification', () => {
  it('shows name, title, decision and issuer; marks a revoked one', async () => {
    const ok = (await anon('GET', '/api/v1/public/certificates/VD-2025-AAAA1111')).json();
    expect(ok).toMatchObject({
      name: 'Nguyễn Văn Ánh',
      decisionNumber: '12/QĐ-UBND',
      decisionDate: '2025-12-20',
      issuer: 'UBND tỉnh Thử',
      revoked: false,
      revokedAt: null,
    });
    expect(ok.titleName).toMatch(/Chiến sĩ thi đua/i);
    const revoked = (await anon('GET', '/api/v1/public/certificates/VD-2025-BBBB2222')).json();
    expect(revoked).toMatchObject({ name: 'Đỗ Văn Thu Hồi', revoked: true });
    expect(revoked.revokedAt).toBe('2026-01-10T03:00:00.000Z');
    const missing = await anon('GET', '/api/v1/public/certificates/KHONG-CO-MA');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/Không tìm thấy/);
  });
});

describe('public disclosure and comments', () => {
  let disclosureId: number;
  let itemId: number;

  it('refuses to create without a period when the province parameter is not set', async () => {
    const res = await appraiser.post('/api/v1/disclosures', {
      unitId: province.id,
      title: 'Danh sách đề nghị khen thưởng năm 2026',
      dossierIds: [dossierId],
      startsOn: '2026-03-15',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('DISCLOSURE_PERIOD_REQUIRED');
  });

  it('refuses dossiers not yet appraised', async () => {
    const res = await appraiser.post('/api/v1/disclosures', {
      unitId: province.id,
      title: 'Danh sách sai',
      dossierIds: [dossierId, otherDossierId],
      startsOn: '2026-03-15',
      days: 5,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'DISCLOSURE_INVALID_DOSSIER',
      details: { dossierIds: [otherDossierId] },
    });
  });

  it('needs disclosure.manage and the unit scope', async () => {
    const body = {
      unitId: province.id,
      title: 'X',
      dossierIds: [dossierId],
      startsOn: '2026-03-15',
      days: 5,
    };
    expect((await viewer.get('/api/v1/disclosures')).statusCode).toBe(403);
    expect((await viewer.post('/api/v1/disclosures', body)).statusCode).toBe(404);
    expect((await otherAppraiser.post('/api/v1/disclosures', body)).statusCode).toBe(404);
    expect(
      (await otherAppraiser.get(`/api/v1/disclosures/candidates?unitId=${province.id}`)).statusCode,
    ).toBe(404);
  });

  it('publishes a snapshot of the appraised list (eligible nominees only, nothing private)', async () => {
    const cands = (await appraiser.get(`/api/v1/disclosures/candidates?unitId=${province.id}`)).json();
    expect(cands.data.map((d: Json) => d.id)).toEqual([dossierId]);
    expect(cands.data[0].eligibleCount).toBe(2);
    const res = await appraiser.post('/api/v1/disclosures', {
      unitId: province.id,
      title: 'Danh sách đề nghị khen thưởng năm 2026',
      dossierIds: [dossierId],
      startsOn: '2026-03-15',
      days: 5,
    });
    expect(res.statusCode).toBe(201);
    const d = res.json().data;
    disclosureId = d.id;
    expect(d).toMatchObject({ startsOn: '2026-03-15', endsOn: '2026-03-19', state: 'open', itemCount: 2 });
    expect(d.items.map((i: Json) => [i.name, i.unitName, i.target])).toEqual([
      ['Nguyễn Văn Ánh', 'Trường THPT Chuyên Vị Thanh', 'CSTDCS'],
      ['Lê Thị Hồng', 'Trường THPT Chuyên Vị Thanh', 'CSTDCS'],
    ]);
    itemId = d.items[0].id;
    expect((await otherAppraiser.get(`/api/v1/disclosures/${disclosureId}`)).statusCode).toBe(404);
    expect((await otherAppraiser.get('/api/v1/disclosures')).json().data).toEqual([]);
  });

  it('comment: submit → pending (hidden) → approved (shown) → answered', async () => {
    const url = `/api/v1/public/disclosures/${disclosureId}/comments`;
    const sent = await anon(
      'POST',
      url,
      {
        authorName: 'Công dân Trần Văn Góp',
        contact: 'gop.y@example.vn',
        body: 'Đề nghị làm rõ thành tích sáng kiến của ông Ánh.',
        itemId,
      },
      '198.51.100.23',
    );
    expect(sent.statusCode).toBe(202);
    expect(sent.json().message).toMatch(/kiểm duyệt/);
    const [stored] = await t.database.db
      .select()
      .from(publicComment)
      .where(eq(publicComment.disclosureId, disclosureId));
    expect(stored!.status).toBe('pending');
    expect(stored!.senderHash).toBe(createHash('sha256').update('198.51.100.23').digest('hex'));
    expect(JSON.stringify(stored)).not.toContain('198.51.100.23');

    const before = (await anon('GET', `/api/v1/public/disclosures/${disclosureId}`)).json();
    expect(before.comments).toEqual([]);

    const staff = (await appraiser.get(`/api/v1/disclosures/${disclosureId}`)).json().data;
    expect(staff.pendingComments).toBe(1);
    const c = staff.comments[0];
    expect(c).toMatchObject({ status: 'pending', contact: 'gop.y@example.vn' });
    expect(c).not.toHaveProperty('senderHash');

    expect(
      (
        await otherAppraiser.post(`/api/v1/disclosures/${disclosureId}/comments/${c.id}/moderate`, {
          status: 'approved',
        })
      ).statusCode,
    ).toBe(404);
    const approved = await appraiser.post(`/api/v1/disclosures/${disclosureId}/comments/${c.id}/moderate`, {
      status: 'approved',
    });
    expect(approved.statusCode).toBe(200);
    const shown = (await anon('GET', `/api/v1/public/disclosures/${disclosureId}`)).json();
    expect(shown.comments).toHaveLength(1);
    expect(shown.comments[0]).toMatchObject({ authorName: 'Công dân Trần Văn Góp', itemId, answer: null });
    expect(shown.comments[0]).not.toHaveProperty('contact');

    const answered = await appraiser.post(`/api/v1/disclosures/${disclosureId}/comments/${c.id}/answer`, {
      answer: 'Sáng kiến đã được Hội đồng sáng kiến cấp tỉnh công nhận.',
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json().data.unansweredComments).toBe(0);
    const after = (await anon('GET', `/api/v1/public/disclosures/${disclosureId}`)).json();
    expect(after.comments[0].answer).toBe('Sáng kiến đã được Hội đồng sáng kiến cấp tỉnh công nhận.');
    expect(after.comments[0].answeredAt).toBeTruthy();
  });

  it('a rejected comment is never shown', async () => {
    await anon(
      'POST',
      `/api/v1/public/disclosures/${disclosureId}/comments`,
      { authorName: 'Người xấu', body: 'Nội dung xúc phạm không phù hợp' },
      '198.51.100.40',
    );
    const staff = (await appraiser.get(`/api/v1/disclosures/${disclosureId}`)).json().data;
    const c = staff.comments.find((x: Json) => x.authorName === 'Người xấu');
    await appraiser.post(`/api/v1/disclosures/${disclosureId}/comments/${c.id}/moderate`, {
      status: 'rejected',
    });
    const shown = (await anon('GET', `/api/v1/public/disclosures/${disclosureId}`)).json();
    expect(shown.comments.map((x: Json) => x.authorName)).toEqual(['Công dân Trần Văn Góp']);
  });

  it('needs no CSRF header even with a session cookie; a filled honeypot is dropped silently', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/disclosures/${disclosureId}/comments`,
      headers: { cookie: viewer.cookie },
      remoteAddress: '198.51.100.50',
      payload: { authorName: 'Có phiên', body: 'Góp ý từ người đang đăng nhập' },
    });
    expect(res.statusCode).toBe(202);
    const count = async () =>
      (await t.database.db.select().from(publicComment).where(eq(publicComment.disclosureId, disclosureId)))
        .length;
    const n = await count();
    const bot = await anon(
      'POST',
      `/api/v1/public/disclosures/${disclosureId}/comments`,
      { authorName: 'Bot', body: 'Quảng cáo giá rẻ mỗi ngày', website: 'http://spam' },
      '198.51.100.51',
    );
    expect(bot.statusCode).toBe(202);
    expect(await count()).toBe(n);
  });

  it('validates the comment in Vietnamese', async () => {
    const res = await anon(
      'POST',
      `/api/v1/public/disclosures/${disclosureId}/comments`,
      { authorName: '', body: 'ngắn' },
      '198.51.100.60',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/họ và tên/);
  });

  it('rate-limits one sender: 429 after 5 posts in the window', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await anon(
        'POST',
        `/api/v1/public/disclosures/${disclosureId}/comments`,
        { authorName: 'Người gửi nhiều', body: `Góp ý số ${i} về danh sách` },
        '192.0.2.99',
      );
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([202, 202, 202, 202, 202, 429, 429]);
    // Another sender is not affected.
    expect(
      (
        await anon(
          'POST',
          `/api/v1/public/disclosures/${disclosureId}/comments`,
          { authorName: 'Người khác', body: 'Một góp ý khác hẳn' },
          '192.0.2.100',
        )
      ).statusCode,
    ).toBe(202);
  });

  it('takes comments until the last day (Vietnam time) and refuses them the day after', async () => {
    const post = () =>
      anon(
        'POST',
        `/api/v1/public/disclosures/${disclosureId}/comments`,
        { authorName: 'Người gửi muộn', body: 'Góp ý vào ngày cuối' },
        `192.0.2.${Math.floor(Math.random() * 90) + 1}`,
      );
    t.clock.set('2026-03-19T16:59:00Z'); // 23:59 on 19/03 in Vietnam: last day
    expect((await post()).statusCode).toBe(202);
    t.clock.set('2026-03-19T17:00:00Z'); // 00:00 on 20/03 in Vietnam
    const late = await post();
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'DISCLOSURE_CLOSED' });
    expect(late.json().error.message).toContain('đã kết thúc ngày 19/03/2026');
    expect((await anon('GET', `/api/v1/public/disclosures/${disclosureId}`)).json().state).toBe('ended');
    t.clock.set('2026-03-15T02:00:00Z');
  });

  it('never exposes private data in public responses', async () => {
    const bodies = await Promise.all(
      [
        '/api/v1/public/disclosures',
        `/api/v1/public/disclosures/${disclosureId}`,
        '/api/v1/public/honours?pageSize=50',
        '/api/v1/public/certificates/VD-2025-AAAA1111',
        '/api/v1/public/movements',
        '/api/v1/public/stories',
      ].map(async (u) => (await anon('GET', u)).body),
    );
    for (const body of bodies) {
      expect(body).not.toContain(BIRTH);
      expect(body).not.toContain(ID_NUMBER);
      expect(body).not.toContain(SECRET_NOTE);
      expect(body).not.toContain(SECRET_REASON);
      expect(body).not.toContain('gop.y@example.vn');
      expect(body).not.toContain('sender');
      expect(body).not.toContain('Phạm Văn Loại'); // not eligible: not on the proposed list
    }
  });

  it('a withdrawn disclosure leaves the portal', async () => {
    expect((await appraiser.post(`/api/v1/disclosures/${disclosureId}/withdraw`)).statusCode).toBe(200);
    expect((await anon('GET', `/api/v1/public/disclosures/${disclosureId}`)).statusCode).toBe(404);
    expect((await anon('GET', '/api/v1/public/disclosures')).json().data).toEqual([]);
  });
});

describe('period from the province parameter', () => {
  it('uses disclosurePeriodDays (calendar days, first day included) when the officer gives no period', async () => {
    const admin = await t.actingAs('admin', province.id);
    const set = await admin.post('/api/v1/parameters/overrides', {
      key: 'disclosurePeriodDays',
      value: 10,
      effectiveFrom: '2026-01-01',
    });
    expect(set.statusCode).toBe(200);
    const res = await appraiser.post('/api/v1/disclosures', {
      unitId: province.id,
      title: 'Danh sách theo tham số tỉnh',
      dossierIds: [dossierId],
      startsOn: '2026-03-20',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ startsOn: '2026-03-20', endsOn: '2026-03-29' });
    // An end date given by the officer wins over the parameter.
    const given = await appraiser.post('/api/v1/disclosures', {
      unitId: province.id,
      title: 'Danh sách có ngày kết thúc',
      dossierIds: [dossierId],
      startsOn: '2026-03-20',
      endsOn: '2026-03-22',
    });
    expect(given.json().data.endsOn).toBe('2026-03-22');
  });
});

describe('good-deed stories', () => {
  it('staff with story.write write and publish; only published ones are public', async () => {
    const created = await appraiser.post('/api/v1/stories', {
      unitId: province.id,
      title: 'Cô giáo cắm bản Vị Thanh',
      summary: 'Mười năm bám bản dạy chữ.',
      body: 'Nội dung bài viết về cô giáo.',
    });
    expect(created.statusCode).toBe(201);
    const s = created.json();
    expect(s.status).toBe('draft');
    expect((await anon('GET', `/api/v1/public/stories/${s.id}`)).statusCode).toBe(404);
    expect(
      (await viewer.post('/api/v1/stories', { unitId: province.id, title: 'X', body: 'Y' })).statusCode,
    ).toBe(404);
    expect(
      (await otherAppraiser.post(`/api/v1/stories/${s.id}/publish`, { published: true })).statusCode,
    ).toBe(404);
    expect((await appraiser.post(`/api/v1/stories/${s.id}/publish`, { published: true })).json().status).toBe(
      'published',
    );
    const pub = (await anon('GET', `/api/v1/public/stories/${s.id}`)).json();
    expect(pub).toMatchObject({ title: 'Cô giáo cắm bản Vị Thanh', unitName: 'UBND tỉnh Thử' });
    expect((await anon('GET', '/api/v1/public/stories')).json().total).toBe(1);
  });
});
