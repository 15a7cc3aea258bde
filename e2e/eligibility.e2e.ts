/**
 * Eligibility journey: an administrator opens the demo person "Trần Thị Minh Thư" (three straight CSTĐCS
 * years and a province-level initiative) and sees, on her eligibility tab, that CSTĐ cấp tỉnh goes to the
 * council vote at ≥ 90 %, with every reason citing its legal basis; the lookup page, reached by its deep
 * link, then finds "Lê Văn Hùng" by an accent-free search and shows CSTĐ cấp tỉnh not eligible because his
 * CSTĐCS chain is broken by a gap year.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { type ApiClient, apiLogin } from './support/api.ts';
import { login, useBrowser } from './support/browser.ts';
import { pickedOption, waitForText } from './support/ui.ts';

/** The demo histories (apps/server/src/seed/demo.ts) are written for this emulation year. */
const YEAR = 2025;
const THU = 'Trần Thị Minh Thư';
const HUNG = 'Lê Văn Hùng';

/** Picks the year in a YearSelect (antd Select) unless it already shows it. */
async function chooseYear(page: Page, select: Locator, year: number): Promise<void> {
  if (((await select.textContent()) ?? '').includes(String(year))) return;
  await select.click();
  await pickedOption(page, '.ant-select-item-option', new RegExp(`^${year}$`));
  await waitForText(select, String(year));
}

/** The card of one title or form, once the verdicts for the year have loaded. */
function verdictCard(page: Page, target: string): Locator {
  return page.locator(`[data-testid="verdict-card"][data-target="${target}"]`);
}

describe('Eligibility journey (admin)', () => {
  const browser = useBrowser();
  let api: ApiClient;
  const ids = new Map<string, number>();
  const done = new Set<string>();
  const needs = (ctx: TestContext, step: string) => {
    if (!done.has(step)) ctx.skip(`needs the step "${step}"`);
  };

  beforeAll(async () => {
    api = await apiLogin('admin');
    for (const name of [THU, HUNG]) {
      const found = await api.get<{ data: { id: number; fullName: string }[] }>(
        `/people?q=${encodeURIComponent(name)}`,
      );
      const person = found.data.find((p) => p.fullName === name);
      if (person) ids.set(name, person.id);
    }
  });

  it('finds both demo people', () => {
    expect(ids.get(THU), `demo person ${THU}`).toBeTypeOf('number');
    expect(ids.get(HUNG), `demo person ${HUNG}`).toBeTypeOf('number');
    done.add('people');
  });

  it('logs in as admin and sees the eligibility pages in the menu', async (ctx) => {
    needs(ctx, 'people');
    await login(browser.page, 'admin');
    const menu = browser.page.getByTestId('nav-menu');
    await waitForText(menu, 'Tra cứu điều kiện');
    await waitForText(menu, 'Đề xuất khen thưởng');
    done.add('login');
  });

  it('shows CSTĐ cấp tỉnh for Trần Thị Minh Thư as needing the council vote (≥ 90 %), with citations', async (ctx) => {
    needs(ctx, 'login');
    const page = browser.page;
    await page.goto(`/people?q=${encodeURIComponent(THU)}`);
    await page.getByRole('link', { name: THU, exact: true }).first().click();
    await page.waitForURL(new RegExp(`/people/${ids.get(THU)}`));
    await page.getByTestId('person-tab-eligibility').click();
    const section = page.getByTestId('person-eligibility');
    await chooseYear(page, section.getByTestId('person-eligibility-year'), YEAR);

    const card = verdictCard(page, 'CSTD_TINH');
    await card.waitFor();
    await waitForText(card, 'Chiến sĩ thi đua cấp');
    const outcome = card.getByTestId('verdict-outcome');
    expect(await outcome.getAttribute('data-outcome')).toBe('needs_council_vote');
    const outcomeText = await waitForText(outcome, 'Cần Hội đồng bỏ phiếu');
    const percent = /≥\s*(\d+)\s*%/.exec(outcomeText);
    expect(percent, `threshold in "${outcomeText}"`).toBeTruthy();
    expect(Number(percent![1])).toBeGreaterThanOrEqual(90);
    await waitForText(card.getByTestId('verdict-regime'), /NĐ (98\/2023|152\/2025)/);

    // Every reason names its legal basis and carries a confidence tag.
    const reasons = card.getByTestId('verdict-reason');
    const count = await reasons.count();
    expect(count).toBeGreaterThanOrEqual(3);
    const citations = await card.getByTestId('reason-citation').allInnerTexts();
    expect(citations).toHaveLength(count);
    for (const c of citations) expect(c.trim()).toMatch(/(Luật|NĐ|TT|QĐ|CV)\s/);
    expect(await card.getByTestId('confidence-badge').count()).toBe(count);
    const chain = card.locator('[data-testid="verdict-reason"][data-rule="consecutive-cstdcs"]');
    expect(await chain.getAttribute('data-passed')).toBe('true');
    await waitForText(chain, 'Luật TĐKT Điều 22');

    // The facts behind a reason unfold on demand.
    await chain.getByRole('button', { name: 'Xem dữ kiện' }).click();
    await waitForText(chain.getByTestId('reason-facts'), 'consecutive');
    done.add('thu');
  });

  it('opens the lookup page by its deep link and finds Lê Văn Hùng: CSTĐ cấp tỉnh not eligible, broken chain', async (ctx) => {
    needs(ctx, 'thu');
    const page = browser.page;
    await page.getByTestId('person-eligibility-open').click();
    await page.waitForURL((url) => url.pathname === '/eligibility');
    const url = new URL(page.url());
    expect(url.searchParams.get('personId')).toBe(String(ids.get(THU)));
    expect(url.searchParams.get('year')).toBe(String(YEAR));
    await waitForText(page.getByTestId('eligibility-subject'), THU);
    await waitForText(verdictCard(page, 'CSTD_TINH').getByTestId('verdict-outcome'), 'Cần Hội đồng bỏ phiếu');

    // Server-side search, accents optional.
    const select = page.getByTestId('eligibility-person');
    await select.click();
    await page.keyboard.type('le van hung');
    await pickedOption(page, '.ant-select-item-option', HUNG);
    await page.waitForURL((u) => u.searchParams.get('personId') === String(ids.get(HUNG)));
    await waitForText(page.getByTestId('eligibility-subject'), HUNG);

    const card = verdictCard(page, 'CSTD_TINH');
    await card.waitFor();
    await waitForText(card.getByTestId('verdict-outcome'), 'Không đủ điều kiện');
    expect(await card.getAttribute('data-outcome')).toBe('not_eligible');
    const chain = card.locator('[data-testid="verdict-reason"][data-rule="consecutive-cstdcs"]');
    expect(await chain.getAttribute('data-passed')).toBe('false');
    const text = await waitForText(chain, 'liên tục');
    expect(text).toMatch(/Chưa có 03 lần liên tục/);
    expect(text).toContain('Luật TĐKT Điều 22');
    await chain.getByRole('img', { name: 'Chưa đạt' }).waitFor();

    // The link is shareable: a fresh load shows the same verdict.
    await page.reload();
    await waitForText(verdictCard(page, 'CSTD_TINH').getByTestId('verdict-outcome'), 'Không đủ điều kiện');
  });

  it('lists Trần Thị Minh Thư among the CSTĐ cấp tỉnh suggestions and links back to her lookup', async (ctx) => {
    needs(ctx, 'thu');
    const page = browser.page;
    await page.goto(`/eligibility/suggestions?year=${YEAR}&target=CSTD_TINH`);
    const table = page.getByTestId('suggestions-table');
    await waitForText(table, THU);
    await waitForText(page.getByTestId('suggestions-counts'), 'Cần Hội đồng bỏ phiếu');
    await table
      .getByRole('link', { name: new RegExp(THU) })
      .first()
      .click();
    await page.waitForURL(
      (u) => u.pathname === '/eligibility' && u.searchParams.get('personId') === String(ids.get(THU)),
    );
    await waitForText(verdictCard(page, 'CSTD_TINH').getByTestId('verdict-outcome'), 'Cần Hội đồng bỏ phiếu');
  });
});
