import { inflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it, type TestContext } from 'vitest';
import { apiLogin } from './support/api.ts';
import { login, useBrowser } from './support/browser.ts';
import { download, openedDialog, pickedOption, shot, waitForText } from './support/ui.ts';

const YEAR = 2025;
const TARGET = 'BK_TINH';
const APPRAISER_NAME = 'Phạm Thu Hà';
const RETURN_REASON = 'Bổ sung biên bản họp Hội đồng thi đua, khen thưởng của Sở và tóm tắt thành tích.';
const NOT_ELIGIBLE_REASON = 'Sáng kiến chưa được cấp tỉnh công nhận phạm vi ảnh hưởng.';

async function relogin(
  browser: { page: Page; session: { context: { clearCookies(): Promise<void> } } },
  user: string,
) {
  await browser.session.context.clearCookies();
  await login(browser.page, user);
}

/** One part of a zip package (a .docx), read with the central directory; null when missing. */
function zipEntry(buf: Buffer, name: string): Buffer | null {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('broken central directory');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const entryName = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    if (entryName === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return method === 0 ? Buffer.from(data) : inflateRawSync(data);
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  return null;
}

/** What a reader of the .docx sees: the text of every run, entities decoded. */
function docxText(buf: Buffer): string {
  expect(buf.subarray(0, 2).toString('latin1')).toBe('PK');
  const xml = zipEntry(buf, 'word/document.xml');
  expect(xml, 'word/document.xml').not.toBeNull();
  const runs = [...xml!.toString('utf8').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
  return runs
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Opens a workflow action's dialog, fills the reason (and appraiser) when given, and confirms. */
async function act(page: Page, action: string, opts: { note?: string; assignee?: string } = {}) {
  await page.getByTestId(`dossier-action-${action}`).click();
  const dialog = await openedDialog(page);
  if (opts.assignee) {
    await dialog.getByTestId('transition-assignee').click();
    await pickedOption(page, '.ant-select-item-option', opts.assignee);
  }
  if (opts.note) await dialog.getByTestId('transition-note').fill(opts.note);
  await page.getByTestId('dossier-transition-ok').click();
  await dialog.waitFor({ state: 'hidden' });
}

interface DossierApi {
  data: {
    id: number;
    status: string;
    nominees: Array<{
      id: number;
      personId: number | null;
      name: string;
      version: number;
      appraisal: string | null;
    }>;
  };
}

describe('Nomination dossier journey', () => {
  const browser = useBrowser();
  const done = new Set<string>();
  const needs = (ctx: TestContext, step: string) => {
    if (!done.has(step)) ctx.skip(`needs the step "${step}"`);
  };
  let dossierId = 0;
  let names: string[] = [];

  it('the officer turns three batch suggestions into a regular dossier in one step', async () => {
    const { page } = browser;
    await login(page, 'canbo.sgd');
    await page.goto(`/eligibility/suggestions?year=${YEAR}&target=${TARGET}&subjectKind=individual`);
    const rows = page.getByTestId('suggestions-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    names = [];
    for (let i = 0; i < 3; i++) {
      const row = rows.nth(i);
      // biome-ignore lint/performance/useDomNodeTextContent: the name as shown.
      names.push((await row.locator('a').first().innerText()).trim());
      await row.locator('.ant-table-selection-column .ant-checkbox-wrapper').click();
    }
    const create = page.getByTestId('suggestions-create-dossier');
    await waitForText(create, '(3)');
    await create.click();
    const dialog = await openedDialog(page);
    await waitForText(dialog, '3 đối tượng đã chọn');
    // biome-ignore lint/performance/useDomNodeTextContent: what the select shows.
    expect(await dialog.getByTestId('dossier-create-kind').innerText()).toContain('Thường xuyên');
    // biome-ignore lint/performance/useDomNodeTextContent: what the select shows.
    expect(await dialog.getByTestId('dossier-create-level').innerText()).toContain('Cấp tỉnh');
    await shot(page, 'dossier-01-create-from-suggestions');
    await page.getByTestId('dossier-create-ok').click();
    await page.waitForURL(/\/dossiers\/\d+$/);
    dossierId = Number(new URL(page.url()).pathname.split('/').pop());

    await waitForText(page.getByTestId('dossier-status'), 'Đang soạn');
    const table = page.getByTestId('nominees-table');
    for (const name of names) await waitForText(table, name);
    // Each nominee carries the engine's verdict, and its reasons with citations open in place.
    expect(await table.getByTestId('verdict-outcome').count()).toBe(3);
    await table.getByTestId('nominee-reasons-toggle').first().click();
    await waitForText(table.getByTestId('nominee-verdict'), /Điều/);
    expect(await table.getByTestId('reason-citation').count()).toBeGreaterThan(0);
    await waitForText(page.getByTestId('dossier-history'), 'Tạo hồ sơ');
    done.add('created');
  });

  it('generates the Tờ trình and the achievement reports: real .docx with the names and decision numbers', async (ctx) => {
    needs(ctx, 'created');
    const { page } = browser;
    const submission = page.locator('[data-testid="checklist-item"][data-code="submission"]');
    await page.getByTestId('doc-generate-submission').click();
    await submission.getByTestId('dossier-file').first().waitFor();
    const reports = page.locator('[data-testid="checklist-item"][data-code="achievement_report"]');
    await page.getByTestId('doc-generate-achievement_report').click();
    await expect.poll(() => reports.getByTestId('dossier-file').count(), { timeout: 20_000 }).toBe(3);
    await shot(page, 'dossier-02-documents');

    const letter = docxText(await download(page, submission.getByTestId('dossier-file-download').first()));
    for (const name of names) expect(letter).toContain(name);

    // Each report is the person's own: their name and a decision number from their award history.
    const officer = await apiLogin('canbo.sgd');
    const detail = await officer.get<DossierApi>(`/dossiers/${dossierId}`);
    for (const n of detail.data.nominees) {
      const person = await officer.get<{ data: { awards: Array<{ decisionNo: string | null }> } }>(
        `/people/${n.personId}`,
      );
      const numbers = person.data.awards.map((a) => a.decisionNo).filter((x): x is string => Boolean(x));
      expect(numbers.length).toBeGreaterThan(0);
      const line = reports.locator(`[data-testid="checklist-nominee"][data-nominee-id="${n.id}"]`);
      const text = docxText(await download(page, line.getByTestId('dossier-file-download').first()));
      expect(text).toContain(n.name);
      expect(numbers.some((no) => text.includes(no))).toBe(true);
    }
    done.add('documents');
  });

  it('the officer submits the dossier', async (ctx) => {
    needs(ctx, 'documents');
    const { page } = browser;
    await act(page, 'submit');
    await waitForText(page.getByTestId('dossier-status'), 'Đã gửi');
    // Submitted: the unit can no longer edit, only recall.
    expect(await page.getByTestId('nominee-add').count()).toBe(0);
    await page.getByTestId('dossier-action-recall').waitFor();
    done.add('submitted');
  });

  it('the appraiser receives it, assigns it to herself, starts and returns it with a reason', async (ctx) => {
    needs(ctx, 'submitted');
    const { page } = browser;
    await relogin(browser, 'thamdinh');
    await page.goto('/dossiers/inbox');
    const row = page.locator(`tr[data-dossier-id="${dossierId}"]`);
    await waitForText(row, 'Đã gửi');
    await shot(page, 'dossier-03-inbox');
    await row.getByTestId('dossier-link').click();
    await page.waitForURL(new RegExp(`/dossiers/${dossierId}$`));

    await act(page, 'receive');
    await waitForText(page.getByTestId('dossier-status'), 'Đã tiếp nhận');
    // The appraisal clock runs in working days from receipt.
    await waitForText(page.getByTestId('dossier-due'), 'ngày làm việc');
    await act(page, 'assign', { assignee: APPRAISER_NAME });
    await waitForText(page.getByTestId('dossier-assignee'), APPRAISER_NAME);
    await act(page, 'start_appraisal');
    await waitForText(page.getByTestId('dossier-status'), 'Đang thẩm định');

    // A return needs its reason: the dialog refuses to go without one.
    await page.getByTestId('dossier-action-return').click();
    const dialog = await openedDialog(page);
    await page.getByTestId('dossier-transition-ok').click();
    await waitForText(dialog, 'Cần ghi rõ lý do');
    await dialog.getByTestId('transition-note').fill(RETURN_REASON);
    await page.getByTestId('dossier-transition-ok').click();
    await dialog.waitFor({ state: 'hidden' });
    await waitForText(page.getByTestId('dossier-status'), 'Trả lại để bổ sung');
    await waitForText(page.getByTestId('dossier-history'), RETURN_REASON);
    done.add('returned');
  });

  it('the officer is told by the bell, reads the reason on the dossier and resubmits', async (ctx) => {
    needs(ctx, 'returned');
    const { page } = browser;
    await relogin(browser, 'canbo.sgd');
    const bell = page.getByTestId('notification-bell');
    await expect
      .poll(async () => Number(await bell.getAttribute('data-unread')), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await bell.click();
    const returned = page.locator('[data-testid="notification"][data-kind="dossier.returned"]').first();
    await returned.waitFor();
    await shot(page, 'dossier-04-bell');
    await returned.click();
    await page.waitForURL(new RegExp(`/dossiers/${dossierId}`));
    await waitForText(page.getByTestId('dossier-return-reason'), RETURN_REASON);
    await waitForText(page.getByTestId('dossier-status'), 'Trả lại để bổ sung');
    await shot(page, 'dossier-05-returned');
    await act(page, 'submit');
    await waitForText(page.getByTestId('dossier-status'), 'Đã gửi');
    done.add('resubmitted');
  });

  it('the appraiser appraises each nominee (one not eligible, with a reason) and completes the appraisal', async (ctx) => {
    needs(ctx, 'resubmitted');
    const { page } = browser;
    await relogin(browser, 'thamdinh');
    await page.goto(`/dossiers/${dossierId}`);
    await act(page, 'receive');
    await waitForText(page.getByTestId('dossier-status'), 'Đã tiếp nhận');
    // biome-ignore lint/performance/useDomNodeTextContent: the assignee as shown.
    if (!(await page.getByTestId('dossier-assignee').innerText()).includes(APPRAISER_NAME))
      await act(page, 'assign', { assignee: APPRAISER_NAME });
    await act(page, 'start_appraisal');
    await waitForText(page.getByTestId('dossier-status'), 'Đang thẩm định');

    await page.getByTestId('nominee-appraise').first().click();
    await page.waitForURL(/\/nominees\/\d+$/);
    await waitForText(page.getByTestId('nominee-position'), '1 / 3');
    // The person's history stands beside the verdict and its reasons.
    await page.getByTestId('years-table').waitFor();
    await page.getByTestId('appraise-verdict').getByTestId('verdict-reason').first().waitFor();
    await shot(page, 'dossier-06-appraise');

    // Not eligible needs a reason: refused without one, then saved with Enter, moving to the next.
    await page.getByTestId('appraise-outcome-not_eligible').click();
    await page.getByTestId('appraise-submit').click();
    await waitForText(page.getByTestId('appraise-form'), 'cần ghi rõ lý do');
    await page.getByTestId('appraise-reason').fill(NOT_ELIGIBLE_REASON);
    await page.getByTestId('appraise-reason').press('Enter');
    await waitForText(page.getByTestId('nominee-position'), '2 / 3');

    await page.getByTestId('appraise-outcome-eligible').click();
    await page.getByTestId('appraise-reason').press('Enter');
    await waitForText(page.getByTestId('nominee-position'), '3 / 3');
    await page.getByTestId('appraise-outcome-eligible').click();
    await page.getByTestId('appraise-reason').press('Enter');
    await waitForText(page.getByTestId('appraise-notice'), 'Mọi đối tượng đã có kết quả thẩm định');

    await page.goto(`/dossiers/${dossierId}`);
    const table = page.getByTestId('nominees-table');
    const first = table.locator('tr.ant-table-row', { hasText: names[0]! }).first();
    await waitForText(first, 'Không đủ điều kiện');
    await waitForText(first, NOT_ELIGIBLE_REASON);
    expect(await table.locator('[data-testid="appraisal-outcome"][data-outcome="eligible"]').count()).toBe(2);

    await act(page, 'complete_appraisal');
    await waitForText(page.getByTestId('dossier-status'), 'Đã thẩm định');
    done.add('appraised');
  });

  it('the appraised list is frozen: no editing or appraising controls, and the server refuses a late appraisal', async (ctx) => {
    needs(ctx, 'appraised');
    const { page } = browser;
    await page.getByTestId('dossier-frozen').waitFor();
    await shot(page, 'dossier-07-frozen');
    for (const id of [
      'nominee-appraise',
      'nominee-remove',
      'nominee-add',
      'dossier-edit-letter',
      'doc-upload-submission',
    ])
      expect(await page.getByTestId(id).count(), id).toBe(0);
    expect(await page.getByTestId('nominee-achievement-edit').count()).toBe(0);
    await page.getByTestId('nominee-name').first().click();
    await page.waitForURL(/\/nominees\/\d+$/);
    await page.getByTestId('appraise-readonly').waitFor();
    expect(await page.getByTestId('appraise-form').count()).toBe(0);

    const appraiser = await apiLogin('thamdinh');
    const detail = await appraiser.get<DossierApi>(`/dossiers/${dossierId}`);
    expect(detail.data.status).toBe('appraised');
    const n = detail.data.nominees[0]!;
    const res = await appraiser.raw(`/dossiers/${dossierId}/nominees/${n.id}/appraise`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: n.version, outcome: 'eligible', reason: null }),
    });
    expect(res.status).toBe(409);
    // And the officer sees the same frozen list.
    await relogin(browser, 'canbo.sgd');
    await page.goto(`/dossiers/${dossierId}`);
    await waitForText(page.getByTestId('dossier-status'), 'Đã thẩm định');
    expect(await page.getByTestId('nominee-add').count()).toBe(0);
    expect(await page.locator('[data-testid^="dossier-action-"]').count()).toBe(0);
  });
});
