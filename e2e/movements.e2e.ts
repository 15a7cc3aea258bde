/**
 * Movements journey: an administrator pastes the Hậu Giang 2021 plan ("Phát động phong trào thi đua yêu
 * nước năm 2021"); the draft shows plan No. 04/KH-UBND of 13/01/2021 with its source sentence highlighted
 * in the normalised text; confirming creates the movement as a draft, and launching it shows "Đã phát động".
 * The officer of Sở Giáo dục và Đào tạo then registers the unit (Tập thể lao động tiên tiến) and one person
 * (Lao động tiên tiến) under that movement and submits.
 *
 * Emulation bloc journey (issue 4), continuing: a second officer (Sở Tài chính, who also leads the bloc)
 * registers that unit and submits; the administrator sets up a 2026 bloc with both units, Sở Tài chính as
 * leader, writes the pact, records both signatures and uploads the signed scan; creates a small score sheet
 * (three criteria, one requiring evidence) and publishes it; each officer self-scores with a PDF as
 * evidence and submits; the leader's officer lowers a score of Sở Giáo dục và Đào tạo (a reason is
 * demanded, then shown in the history) and finalises it; the administrator finalises the leader's own
 * assessment; the ranking shows both units in order and the proposals give the flag (Cờ thi đua, CO_TINH)
 * to the leader. Also: an officer cannot open the other unit's registration or assessment, a finalised
 * assessment cannot be re-scored, and editing the locked sheet creates a new version.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it, type TestContext } from 'vitest';
import { apiLogin } from './support/api.ts';
import { DEMO_PASSWORD, login, useBrowser } from './support/browser.ts';
import { repoRoot } from './support/paths.ts';
import { openedDialog, pickedOption, shot, waitForText } from './support/ui.ts';

const PLAN = readFileSync(
  path.join(
    repoRoot,
    'packages/domain/src/plan-extract/fixtures/haugiang-2021-phong-trao-thi-dua-yeu-nuoc.txt',
  ),
  'utf8',
);
const UNIT = 'Sở Giáo dục và Đào tạo';
const LEADER_UNIT = 'Sở Tài chính';
const LEADER_OFFICER = 'canbo.stc';
const BLOC_YEAR = 2026;
const BLOC_NAME = 'Khối thi đua thử nghiệm E2E';
/** A minimal PDF: the server checks the content, not the name. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Opens an antd Select and picks the option whose text matches. */
async function pick(page: Page, select: Locator, option: RegExp): Promise<void> {
  await select.click();
  await pickedOption(page, '.ant-select-item-option', option);
}

/** Picks a unit in a UnitTreeSelect by typing its name (the search covers the whole scope). */
async function pickUnit(page: Page, select: Locator, name: string): Promise<void> {
  await select.click();
  await page.keyboard.type(name);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-tree-title')
    .getByText(name, { exact: true })
    .first()
    .click();
}

/** Waits for an antd message (toast) with the text. */
async function toast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-message-notice').filter({ hasText: text }).first().waitFor();
}

async function relogin(
  browser: { page: Page; session: { context: { clearCookies(): Promise<void> } } },
  user: string,
) {
  await browser.session.context.clearCookies();
  await login(browser.page, user);
}

describe('Movements journey', () => {
  const browser = useBrowser();
  const done = new Set<string>();
  const needs = (ctx: TestContext, step: string) => {
    if (!done.has(step)) ctx.skip(`needs the step "${step}"`);
  };
  let movementUrl = '';

  it('admin pastes the Hậu Giang 2021 plan and checks the draft against its source sentence', async () => {
    const { page } = browser;
    await login(page, 'admin');
    await page.goto('/movements');
    await page.getByTestId('movement-from-text').click();
    await page.waitForURL(/\/movements\/new-from-text$/);
    await page.getByTestId('plan-text').fill(PLAN);
    await page.getByTestId('plan-extract').click();

    const planNumber = page.getByTestId('draft-plan-number');
    await planNumber.waitFor();
    expect(await planNumber.inputValue()).toBe('04/KH-UBND');
    expect(await page.getByTestId('draft-plan-date').inputValue()).toBe('13/01/2021');
    await planNumber.click();
    const highlight = page.getByTestId('source-highlight');
    const sentence = await waitForText(highlight, '04/KH-UBND');
    expect(sentence).toContain('ngày 13 tháng 01 năm 2021');
    // The highlight sits inside the normalised text and is scrolled into its view.
    await expect.poll(() => highlight.isVisible()).toBe(true);
    // The document states no kind of movement: the field stays empty, flagged, and must be chosen.
    // biome-ignore lint/performance/useDomNodeTextContent: what the select shows.
    expect(await page.getByTestId('draft-kind').innerText()).not.toMatch(/Thi đua/);
    done.add('draft');
  });

  it('confirming creates the movement as a draft, and launching it shows "Đã phát động"', async (ctx) => {
    needs(ctx, 'draft');
    const { page } = browser;
    await pick(page, page.getByTestId('draft-kind'), /^Thi đua thường xuyên$/);
    await page.getByTestId('draft-next').click();
    await waitForText(page.getByTestId('draft-summary'), '04/KH-UBND');
    await page.getByTestId('draft-confirm').click();
    await page.waitForURL(/\/movements\/\d+$/);
    movementUrl = new URL(page.url()).pathname;
    await waitForText(page.getByTestId('movement-status'), 'Dự thảo');
    const header = await waitForText(page.getByTestId('movement-header'), '04/KH-UBND');
    expect(header).toContain('13/01/2021');

    await page.getByTestId('movement-to-launched').click();
    await waitForText(page.getByTestId('movement-status'), 'Đã phát động');
    // Launched: no more launching, the next step is offered instead.
    await page.getByTestId('movement-to-in_progress').waitFor();
    expect(await page.getByTestId('movement-to-launched').count()).toBe(0);
    done.add('launched');
  });

  it('the unit officer registers the unit and one person under the movement and submits', async (ctx) => {
    needs(ctx, 'launched');
    const { page, session } = browser;
    await session.context.clearCookies();
    await login(page, 'canbo.sgd');
    const movementId = Number(movementUrl.split('/').pop());
    // The demo province has registered every year up to the last one: this year is still open.
    await page.goto(`/registrations?year=${new Date().getFullYear()}&movementId=${movementId}`);

    const collectives = page.getByTestId('registration-collectives');
    const unitRow = collectives.locator('tbody tr', { hasText: UNIT }).first();
    await unitRow.waitFor();
    await pick(page, unitRow.getByTestId('registration-titles'), /^Tập thể lao động tiên tiến$/);
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: /Cá nhân/ }).click();
    const people = page.getByTestId('registration-people');
    const personRow = people
      .locator('tbody tr')
      .filter({ has: page.getByTestId('registration-titles') })
      .first();
    await personRow.waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the name is the cell's first line.
    const personName = (await personRow.locator('td').first().innerText()).split('\n')[0]!.trim();
    await pick(page, personRow.getByTestId('registration-titles'), /^Lao động tiên tiến$/);
    await page.keyboard.press('Escape');

    await page.getByTestId('registration-save').click();
    await waitForText(people.locator('tbody tr', { hasText: personName }).first(), 'Đang soạn');

    await page.getByTestId('registration-submit').click();
    await waitForText(people.locator('tbody tr', { hasText: personName }).first(), 'Đã gửi');
    await page.getByRole('tab', { name: /Tập thể/ }).click();
    await waitForText(collectives.locator('tbody tr', { hasText: UNIT }).first(), 'Đã gửi');
    // biome-ignore lint/performance/useDomNodeTextContent: the row as shown.
    expect(await collectives.locator('tbody tr', { hasText: UNIT }).first().innerText()).toContain(
      'Tập thể lao động tiên tiến',
    );
    done.add('registered');
  });

  const ids = { sgd: 0, stc: 0, bloc: 0, sheet: 0, sgdAssessment: '', stcAssessment: '' };

  it('a second officer (Sở Tài chính) registers that unit and submits, and cannot open the other unit', async (ctx) => {
    needs(ctx, 'registered');
    // Setup without a journey of its own here (the users screen is tested elsewhere): the administrator
    // creates the officer of Sở Tài chính through the API; that unit will lead the bloc, hence bloc_leader.
    const admin = await apiLogin('admin');
    const unitId = async (name: string) => {
      const r = await admin.get<{ data: { id: number; name: string }[] }>(
        `/units?q=${encodeURIComponent(name)}&pageSize=20`,
      );
      return r.data.find((u) => u.name === name)!.id;
    };
    ids.sgd = await unitId(UNIT);
    ids.stc = await unitId(LEADER_UNIT);
    await admin.post('/users', {
      username: LEADER_OFFICER,
      displayName: 'Trần Văn Bình (Sở Tài chính)',
      password: 'TamThoi@2026',
      grants: [
        { role: 'unit_officer', unitId: ids.stc },
        { role: 'bloc_leader', unitId: ids.stc },
      ],
    });
    const first = await apiLogin(LEADER_OFFICER, 'TamThoi@2026');
    await first.post('/auth/password', { currentPassword: 'TamThoi@2026', newPassword: DEMO_PASSWORD });

    const { page } = browser;
    await relogin(browser, LEADER_OFFICER);
    const movementId = Number(movementUrl.split('/').pop());
    const year = new Date().getFullYear();
    await page.goto(`/registrations?year=${year}&movementId=${movementId}`);
    const collectives = page.getByTestId('registration-collectives');
    const unitRow = collectives.locator('tbody tr', { hasText: LEADER_UNIT }).first();
    await unitRow.waitFor();
    await pick(page, unitRow.getByTestId('registration-titles'), /^Tập thể lao động tiên tiến$/);
    await page.keyboard.press('Escape');
    await page.getByTestId('registration-save').click();
    await waitForText(collectives.locator('tbody tr', { hasText: LEADER_UNIT }).first(), 'Đang soạn');
    await page.getByTestId('registration-submit').click();
    await waitForText(collectives.locator('tbody tr', { hasText: LEADER_UNIT }).first(), 'Đã gửi');

    // The other unit's registration: refused, nothing to edit.
    await page.goto(`/registrations?year=${year}&movementId=${movementId}&unitId=${ids.sgd}`);
    await page.locator('.ant-alert-error').first().waitFor();
    expect(await page.getByTestId('registration-save').count()).toBe(0);
    expect(await collectives.locator('tbody tr', { hasText: UNIT }).count()).toBe(0);
    done.add('two-registered');
  });

  it('the administrator sets up a 2026 bloc: members with a leader, pact items, both signatures, signed scan', async (ctx) => {
    needs(ctx, 'two-registered');
    const { page } = browser;
    await relogin(browser, 'admin');
    await page.goto('/blocs');
    await page.getByTestId('bloc-create').click();
    await page.getByTestId('bloc-name').fill(BLOC_NAME);
    await pickUnit(page, page.getByTestId('bloc-organiser'), 'Ủy ban nhân dân tỉnh Hồng Lam');
    await shot(page, '00-bloc-create');
    await page.getByTestId('bloc-ok').click();
    await page.waitForURL(/\/blocs\/\d+$/);
    ids.bloc = Number(new URL(page.url()).pathname.split('/').pop());

    await pick(page, page.getByTestId('bloc-year'), new RegExp(`^${BLOC_YEAR}$`));
    await waitForText(
      page.locator('.ant-card-head', { hasText: `Thành viên năm ${BLOC_YEAR}` }),
      String(BLOC_YEAR),
    );
    await page.getByTestId('members-edit').click();
    await openedDialog(page);
    // One row at a time: a click while the dialog or the previous row is still appearing can be lost.
    for (const row of [0, 1]) {
      await page.getByTestId('member-add').click();
      await page.getByTestId(`member-unit-${row}`).waitFor();
    }
    await pickUnit(page, page.getByTestId('member-unit-0'), LEADER_UNIT);
    await pick(page, page.getByTestId('member-role-0'), /^Trưởng khối$/);
    await pickUnit(page, page.getByTestId('member-unit-1'), UNIT);
    await shot(page, '01-members-editor');
    await page.getByTestId('members-ok').click();
    const members = page.getByTestId('bloc-members');
    await waitForText(members.locator('tbody tr', { hasText: LEADER_UNIT }), 'Trưởng khối');
    await waitForText(members, UNIT);

    await page.getByTestId('pact-edit').click();
    await page.getByTestId('pact-item-0').fill('Hoàn thành xuất sắc nhiệm vụ chính trị được giao năm 2026.');
    await page.getByTestId('pact-item-add').click();
    await page.getByTestId('pact-item-1').fill('Tổ chức phong trào thi đua thiết thực, có mô hình mới.');
    await shot(page, '02-pact-editor');
    await page.getByTestId('pact-ok').click();
    const pact = page.getByTestId('bloc-pact');
    await waitForText(pact, 'có mô hình mới');

    const signatures = page.getByTestId('pact-signatures');
    for (const [unit, signer] of [
      [LEADER_UNIT, 'Giám đốc Sở Tài chính'],
      [UNIT, 'Giám đốc Sở Giáo dục và Đào tạo'],
    ] as const) {
      const row = signatures.locator('tbody tr', { hasText: unit });
      await row.getByRole('button', { name: 'Ghi nhận ký' }).click();
      await page.getByTestId('sign-signer').fill(signer);
      await page.getByTestId('sign-date').fill('20/01/2026');
      if (unit === UNIT) await shot(page, '03-sign-dialog');
      // Enter takes the typed date and submits the dialog.
      await page.keyboard.press('Enter');
      await waitForText(signatures.locator('tbody tr', { hasText: unit }), 'Đã ký ngày 20/01/2026');
      await waitForText(signatures.locator('tbody tr', { hasText: unit }), signer);
    }
    expect(await signatures.textContent()).not.toContain('Chưa ký');

    await pact
      .locator('input[type=file]')
      .setInputFiles({ name: 'giao-uoc-da-ky.pdf', mimeType: 'application/pdf', buffer: PDF });
    await waitForText(pact, 'giao-uoc-da-ky.pdf');
    await shot(page, '04-bloc-page');
    await page.getByTestId('members-rotate').click();
    await page.getByTestId('rotation-proposal').waitFor();
    await shot(page, '05-rotation-proposal');
    await page.locator('.ant-modal:visible').getByRole('button', { name: 'Hủy' }).click();
    done.add('bloc');
  });

  it('the administrator creates a small score sheet (one criterion needs evidence) and publishes it', async (ctx) => {
    needs(ctx, 'bloc');
    const { page } = browser;
    await page.getByTestId('sheet-create').click();
    await page.getByTestId('sheet-name').fill(`Bảng điểm ${BLOC_NAME} năm ${BLOC_YEAR}`);
    await page.getByTestId('sheet-flag-count').fill('1');
    await page.getByTestId('sheet-cert-count').fill('1');
    await page.getByTestId('sheet-band-add').click();
    await page.getByTestId('sheet-band-name-0').fill('Xuất sắc');
    await page.getByTestId('sheet-band-min-0').fill('20');
    await shot(page, '06-sheet-create');
    await page.getByTestId('sheet-ok').click();
    await page.waitForURL(/\/scoring\/sheets\/\d+$/);
    ids.sheet = Number(new URL(page.url()).pathname.split('/').pop());

    const criteria = [
      { code: '1', name: 'Thực hiện nhiệm vụ chuyên môn', max: '10', evidence: false, bonus: false },
      { code: '2', name: 'Công tác thi đua, khen thưởng', max: '10', evidence: true, bonus: false },
      { code: '3', name: 'Sáng kiến, mô hình mới', max: '5', evidence: false, bonus: true },
    ];
    for (const c of criteria) {
      await page.getByTestId('criterion-add').click();
      await page.locator('#criterion_code').fill(c.code);
      await page.locator('#criterion_name').fill(c.name);
      if (c.bonus)
        await pick(
          page,
          page.locator('.ant-modal:visible .ant-form-item', { hasText: 'Loại' }).locator('.ant-select'),
          /^Điểm thưởng$/,
        );
      await page.locator('#criterion_maxPoints').fill(c.max);
      if (c.bonus) await page.locator('#criterion_cap').fill(c.max);
      if (c.evidence) await page.locator('#criterion_evidenceRequired').click();
      await page.getByTestId('criterion-ok').click();
      await waitForText(page.getByTestId('criteria-tree'), c.name);
    }
    await waitForText(page.locator('.ant-descriptions'), 'Xuất sắc ≥ 20');
    await shot(page, '07-sheet-criteria');
    await page.getByTestId('sheet-publish').click();
    await waitForText(page.locator('.ant-tag', { hasText: 'Đang áp dụng' }).first(), 'Đang áp dụng');
    done.add('sheet');
  });

  async function selfScore(user: string, unit: string, points: [string, string, string]): Promise<string> {
    const { page } = browser;
    await relogin(browser, user);
    await page.goto(`/scoring/sheets/${ids.sheet}`);
    await page.getByRole('tab', { name: /Phiếu chấm của đơn vị/ }).click();
    await page.getByTestId('assessment-open').click();
    await page.waitForURL(/\/scoring\/assessments\/\d+$/);
    await waitForText(page.locator('h1, h2, h3, h4').first(), unit);
    const url = new URL(page.url()).pathname;
    const table = page.getByTestId('score-table');
    await table.locator('input[type=file]').first().waitFor({ state: 'attached' });
    await table
      .locator('tbody tr', { hasText: 'Công tác thi đua, khen thưởng' })
      .locator('input[type=file]')
      .setInputFiles({ name: `minh-chung-${user}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    await toast(page, `minh-chung-${user}.pdf`);
    await page.getByTestId('self-1').fill(points[0]);
    await page.getByTestId('self-2').fill(points[1]);
    await page.getByTestId('self-3').fill(points[2]);
    await waitForText(
      table.locator('tbody tr', { hasText: 'Công tác thi đua, khen thưởng' }),
      `minh-chung-${user}.pdf`,
    );
    await page.getByTestId('assessment-save').click();
    await toast(page, 'Đã lưu');
    await page.getByTestId('assessment-submit').click();
    await waitForText(page.getByTestId('assessment-status'), 'Đã nộp');
    return url;
  }

  it('each officer self-scores with a PDF as evidence and submits', async (ctx) => {
    needs(ctx, 'sheet');
    ids.stcAssessment = await selfScore(LEADER_OFFICER, LEADER_UNIT, ['9', '9', '3']);
    ids.sgdAssessment = await selfScore('canbo.sgd', UNIT, ['8', '9', '2']);
    const { page } = browser;
    // The other unit's assessment is not open to this officer.
    await page.goto(ids.stcAssessment);
    await page
      .getByText(/404|Không tìm thấy/)
      .first()
      .waitFor();
    expect(await page.getByTestId('self-1').count()).toBe(0);
    done.add('scored');
  });

  it("the leader's officer changes a score: a reason is demanded, then saved and shown in the history", async (ctx) => {
    needs(ctx, 'scored');
    const { page } = browser;
    await relogin(browser, LEADER_OFFICER);
    await page.goto(`/scoring/sheets/${ids.sheet}`);
    await page.getByRole('tab', { name: /Phiếu chấm của đơn vị/ }).click();
    await page.getByTestId('assessments-table').getByRole('link', { name: UNIT }).click();
    await page.waitForURL((u) => u.pathname === ids.sgdAssessment);
    const reviewed = page.getByTestId('reviewed-1');
    await reviewed.fill('6');
    await page.getByTestId('review-save').click();
    expect(await waitForText(page.getByTestId('review-reason-error'), 'Phải nêu lý do')).toContain('1');
    await shot(page, '08-review-reason-required');
    await page.getByTestId('reason-1').fill('Chưa hoàn thành chỉ tiêu tuyển sinh lớp 10.');
    await page.getByTestId('review-save').click();
    await toast(page, 'Đã lưu');
    const history = await waitForText(page.getByTestId('score-history'), 'Chưa hoàn thành chỉ tiêu');
    expect(history).toMatch(/8\s*→\s*6/);

    for (const [step, label, status] of [
      ['approve', 'Xác nhận thẩm định', 'Đã thẩm định'],
      ['finalise', 'Chốt kết quả', 'Đã chốt'],
    ] as const) {
      await page.getByTestId(`assessment-${step}`).click();
      await page.locator('.ant-modal:visible').getByRole('button', { name: label }).click();
      await waitForText(page.getByTestId('assessment-status'), status);
    }
    done.add('reviewed');
  });

  it('the administrator finalises the leader; the ranking and the flag proposal follow', async (ctx) => {
    needs(ctx, 'reviewed');
    const { page } = browser;
    await relogin(browser, 'admin');
    await page.goto(ids.stcAssessment);
    for (const [step, label, status] of [
      ['approve', 'Xác nhận thẩm định', 'Đã thẩm định'],
      ['finalise', 'Chốt kết quả', 'Đã chốt'],
    ] as const) {
      await page.getByTestId(`assessment-${step}`).click();
      await page.locator('.ant-modal:visible').getByRole('button', { name: label }).click();
      await waitForText(page.getByTestId('assessment-status'), status);
    }
    await page.goto(`/scoring/sheets/${ids.sheet}`);
    await page.getByRole('tab', { name: /Xếp hạng/ }).click();
    const rows = page.getByTestId('ranking-table').locator('tbody tr.ant-table-row');
    await waitForText(rows.nth(1), UNIT);
    expect(await rows.nth(0).textContent()).toContain(LEADER_UNIT);
    expect(await rows.nth(0).textContent()).toMatch(/21/);
    expect(await rows.nth(1).textContent()).toMatch(/17/);

    await page.getByRole('tab', { name: /Đề nghị khen thưởng/ }).click();
    const flag = page.getByTestId('proposals-table').locator('tbody tr', { hasText: 'Cờ thi đua' });
    expect(await waitForText(flag.first(), LEADER_UNIT)).not.toContain(UNIT);
    done.add('ranked');
  });

  it('a finalised assessment cannot be re-scored, and editing the locked sheet makes a new version', async (ctx) => {
    needs(ctx, 'ranked');
    const { page } = browser;
    // The officer's own finalised assessment: no inputs, and the API refuses a change.
    await relogin(browser, 'canbo.sgd');
    await page.goto(ids.sgdAssessment);
    await waitForText(page.getByTestId('assessment-status'), 'Đã chốt');
    expect(await page.getByTestId('self-1').count()).toBe(0);
    expect(await page.getByTestId('assessment-save').count()).toBe(0);
    const officer = await apiLogin('canbo.sgd');
    const id = Number(ids.sgdAssessment.split('/').pop());
    const a = await officer.get<{ data: { version: number; scores: { criterionId: number }[] } }>(
      `/assessments/${id}`,
    );
    const refused = await officer.raw(`/assessments/${id}/scores`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        version: a.data.version,
        scores: [{ criterionId: a.data.scores[0]!.criterionId, points: 10, evidenceIds: [] }],
      }),
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);

    // The sheet was locked by the first submission: changing its settings creates version 2.
    await relogin(browser, 'admin');
    await page.goto(`/scoring/sheets/${ids.sheet}`);
    await page.getByTestId('sheet-settings-edit').click();
    await page.getByTestId('sheet-cert-count').fill('2');
    await shot(page, '09-sheet-settings');
    await page.getByTestId('sheet-settings-ok').click();
    await toast(page, 'Đã tạo phiên bản 2');
    await page.waitForURL((u) => u.pathname !== `/scoring/sheets/${ids.sheet}`);
    await waitForText(page.locator('body'), 'phiên bản 2');
  });
});
