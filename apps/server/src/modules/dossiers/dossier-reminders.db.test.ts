import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser, emailOutbox, personYear, registration } from '../../db/schema/index.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';
import { flushOutbox, type MailMessage } from '../notifications/mailer.ts';
import { sendDeadlineReminders } from './dossier-reminders.ts';

let t: TestContext;
let officer: TestClient;
let appraiser: TestClient;
let appraiserId: number;
let dossierId: number;

beforeAll(async () => {
  t = await createTestContext();
  t.clock.set('2026-12-01T02:00:00Z');
  const root = await t.factories.unit({ name: 'UBND tỉnh Hồng Lam' });
  const sgd = await t.factories.unit({ name: 'Sở Giáo dục và Đào tạo', parentId: root.id });
  const p = await t.factories.person({ fullName: 'Đỗ Thị Hoa', unitId: sgd.id, sex: 'female' });
  await t.database.db.insert(personYear).values({ personId: p.id, year: 2025, rating: 'HTT' });
  await t.database.db
    .insert(registration)
    .values({ personId: p.id, unitId: sgd.id, year: 2025, targets: null, status: 'submitted' });
  officer = await t.actingAs('unit_officer', sgd.id);
  const a = await t.factories.user({
    displayName: 'Phạm Thu Hà',
    grants: [{ role: 'appraiser', unitId: root.id }],
  });
  await t.database.db.update(appUser).set({ email: 'ha.pt@snv.honglam.gov.vn' }).where(eq(appUser.id, a.id));
  appraiserId = a.id;
  appraiser = await t.login(a.username);
  let d = (
    await officer.post('/api/v1/dossiers', {
      unitId: sgd.id,
      kind: 'regular',
      targetLevel: 'province',
      year: 2025,
      title: 'Đề nghị khen thưởng năm 2025',
      nominees: [{ subjectKind: 'individual', personId: p.id, target: 'LDTT' }],
    })
  ).json();
  const step = async (c: TestClient, action: string, extra = {}) => {
    const res = await c.post(`/api/v1/dossiers/${d.data.id}/transition`, {
      action,
      version: d.data.version,
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(200);
    d = res.json();
  };
  await step(officer, 'submit');
  await step(appraiser, 'receive');
  dossierId = d.data.id;
});
afterAll(() => t.close());

const kinds = async () =>
  (
    (await appraiser.get('/api/v1/notifications?pageSize=100')).json().data as {
      kind: string;
      title: string;
    }[]
  ).map((n) => n.kind);

describe('deadline reminders', () => {
  it('nothing while the due date is far; one due-soon reminder near it, however often the sweep runs', async () => {
    expect(await kinds()).toEqual(['dossier.submitted']);
    expect(await sendDeadlineReminders(t.database, new Date('2026-12-10T02:00:00Z'))).toBe(0);
    // Due 29/12/2026; 24/12 is three working days before it.
    expect(await sendDeadlineReminders(t.database, new Date('2026-12-24T02:00:00Z'))).toBe(1);
    expect(await sendDeadlineReminders(t.database, new Date('2026-12-25T02:00:00Z'))).toBe(0);
    expect(await kinds()).toEqual(['dossier.due_soon', 'dossier.submitted']);
  });

  it('an overdue reminder the day after the due date, to the assignee once assigned', async () => {
    const d = (await appraiser.get(`/api/v1/dossiers/${dossierId}`)).json();
    const res = await appraiser.post(`/api/v1/dossiers/${dossierId}/transition`, {
      action: 'assign',
      version: d.data.version,
      assigneeUserId: appraiserId,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await sendDeadlineReminders(t.database, new Date('2026-12-30T02:00:00Z'))).toBe(1);
    const list = (await appraiser.get('/api/v1/notifications')).json();
    expect(list.data[0]).toMatchObject({ kind: 'dossier.overdue', link: `/dossiers/${dossierId}` });
    expect(list.data[0].title).toContain('quá hạn');
    const unread = (await appraiser.get('/api/v1/notifications/unread-count')).json().unread;
    const after = (await appraiser.post('/api/v1/notifications/read', { ids: [list.data[0].id] })).json();
    expect(after.unread).toBe(unread - 1);
  });
});

describe('e-mail copies', () => {
  it('are queued for users with an address and sent only when a mailer is enabled; failures are retried', async () => {
    const queued = await t.database.db.select().from(emailOutbox);
    expect(queued.length).toBeGreaterThanOrEqual(3);
    expect(queued.every((m) => m.toAddress === 'ha.pt@snv.honglam.gov.vn')).toBe(true);
    expect(await flushOutbox(t.database, { enabled: false, send: async () => undefined })).toBe(0);
    const sent: MailMessage[] = [];
    let fail = true;
    const flaky = {
      enabled: true,
      send: async (m: MailMessage) => {
        if (fail) {
          fail = false;
          throw new Error('SMTP 421 tạm thời không nhận thư');
        }
        sent.push(m);
      },
    };
    expect(await flushOutbox(t.database, flaky)).toBe(queued.length - 1);
    expect(await flushOutbox(t.database, flaky)).toBe(1);
    expect(sent).toHaveLength(queued.length);
    expect(sent[0]!.subject).toMatch(/^\[VinhDanh\] /);
    const rows = await t.database.db.select().from(emailOutbox);
    expect(rows.every((r) => r.sentAt !== null)).toBe(true);
    expect(rows.some((r) => r.attempts === 2 && r.lastError?.includes('421'))).toBe(true);
  });
});
