/**
 * Foundation acceptance journey: an administrator creates a unit in the org tree, imports people from
 * Excel (a bad row is refused with its row and column, nothing stored; the fixed file is applied), finds
 * them with an accent-free search, sees the import in the audit log; the audit chain verifies, and an
 * event edited behind the application's back is named by `vinhdanh audit verify`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { toSearchText } from '@vinhdanh/domain';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it, type TestContext } from 'vitest';
import { type ApiClient, apiLogin, controlServer } from './support/api.ts';
import { login, useBrowser } from './support/browser.ts';
import { openedDialog, pickedOption, waitForText } from './support/ui.ts';
import { runCli, runSql } from './support/database.ts';
import { tmpRoot } from './support/paths.ts';
import {
  buildPeopleWorkbook,
  columnLetter,
  type PersonRow,
  readTemplateLayout,
  type TemplateLayout,
} from './support/people-xlsx.ts';

const stamp = Date.now().toString(36).toUpperCase();
const newUnit = { name: `Phòng Thử nghiệm Tự động ${stamp}`, code: `E2E-${stamp}` };

/** Folk-tale given names the demo province does not use, so the imported rows are easy to tell apart. */
const people: PersonRow[] = [
  ['Nguyễn Văn Thạch Sanh', '12/03/1985', 'Nam', '001085000101', 'Công chức', 'Chuyên viên', 'Kinh'],
  ['Nguyễn Văn Phù Đổng', '05/11/1990', 'Nam', '001090000102', 'Viên chức', 'Kế toán', 'Kinh'],
  ['Trần Thị Âu Cơ', '20/07/1988', 'Nữ', '001188000103', 'Công chức', 'Phó Trưởng phòng', 'Tày'],
  ['Nguyễn Văn Lạc Long', '01/01/1979', 'Nam', '001079000104', 'Cán bộ', 'Trưởng phòng', 'Kinh'],
].map(([fullName, birthDate, sex, idNumber, staffCategory, position, ethnicity]) => ({
  fullName: fullName!,
  birthDate: birthDate!,
  sex: sex as PersonRow['sex'],
  idNumber: idNumber!,
  staffCategory: staffCategory!,
  position: position!,
  ethnicity: ethnicity!,
}));
const BAD_INDEX = 2; // the third person gets an impossible birth date
const BAD_DATE = '31/02/1988';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The person names (links) of a table, once `ok` accepts them; throws with the last names seen. */
async function waitForNames(table: Locator, ok: (names: string[]) => boolean, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const names = await table.getByRole('link').allInnerTexts();
    if (ok(names)) return names;
    if (Date.now() > deadline) throw new Error(`names shown: ${names.join(', ')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Picks an option of an antd Select reached through its label. */
async function pickOption(page: Page, scope: Locator, label: RegExp, option: RegExp): Promise<void> {
  await scope.getByLabel(label).click();
  await pickedOption(page, '.ant-select-item-option', option);
}

async function uploadWorkbook(page: Page, name: string, buffer: Buffer): Promise<void> {
  writeFileSync(path.join(tmpRoot, name), buffer); // kept for a person to open when the step fails
  await page.locator('input[type=file]').first().setInputFiles({ name, mimeType: XLSX, buffer });
}

describe('Foundation journey (admin)', () => {
  const browser = useBrowser();
  let api: ApiClient;
  let layout: TemplateLayout;
  let unitId: number | null = null;
  const done = new Set<string>();
  /** Later steps build on earlier ones: skip (with the reason) instead of failing for the same cause. */
  const needs = (ctx: TestContext, step: string) => {
    if (!done.has(step)) ctx.skip(`needs the step "${step}"`);
  };

  beforeAll(async () => {
    api = await apiLogin('admin');
  });

  it('logs in as admin', async () => {
    await login(browser.page, 'admin');
    await browser.page.getByTestId('nav-menu').waitFor();
    done.add('login');
  });

  it('creates a unit in the org tree', async (ctx) => {
    needs(ctx, 'login');
    const page = browser.page;
    const roots = await api.get<{ data: { id: number; name: string; parentId: number | null }[] }>(
      '/units?pageSize=100',
    );
    const root = roots.data.find((u) => u.parentId === null);
    expect(root, 'the demo province has a root unit').toBeTruthy();

    await page.goto('/units');
    const tree = page.getByTestId('unit-tree');
    await tree.getByText(root!.name, { exact: true }).first().click();
    await page.getByTestId('unit-create-child').click();
    const dialog = await openedDialog(page);
    await dialog.getByLabel('Tên đơn vị', { exact: true }).fill(newUnit.name);
    await dialog.getByLabel('Mã đơn vị', { exact: true }).fill(newUnit.code);
    await pickOption(page, dialog, /^Loại hình/, /Cơ quan hành chính/);
    await pickOption(page, dialog, /^Cấp$/, /^Cấp tỉnh$/);
    await page.getByTestId('unit-form-ok').click();
    await dialog.waitFor({ state: 'hidden' });
    await tree.getByText(newUnit.name).first().waitFor();

    const found = await api.get<{ data: { id: number; code: string | null; parentId: number | null }[] }>(
      `/units?q=${encodeURIComponent(newUnit.code)}`,
    );
    const created = found.data.find((u) => u.code === newUnit.code);
    expect(created?.parentId).toBe(root!.id);
    unitId = created!.id;
    done.add('unit');
  });

  it('refuses a people file with a bad row, naming row and column, and stores nothing', async (ctx) => {
    needs(ctx, 'unit');
    const page = browser.page;
    const template = await api.raw('/imports/templates/people');
    expect(template.status, 'GET /imports/templates/people').toBe(200);
    layout = await readTemplateLayout(await template.arrayBuffer());
    const birthCol = [...layout.headers].find(([, h]) => /ngay.*sinh/.test(toSearchText(h)));
    expect(birthCol, `a birth-date column among ${[...layout.headers.values()].join(' | ')}`).toBeTruthy();

    const bad = people.map((p, i) => (i === BAD_INDEX ? { ...p, birthDate: BAD_DATE } : p));
    const badRow = layout.headerRow + 1 + BAD_INDEX;
    await page.goto('/imports');
    await uploadWorkbook(
      page,
      `e2e-people-bad-${stamp}.xlsx`,
      await buildPeopleWorkbook(layout, bad, newUnit),
    );

    const errors = page.getByTestId('import-errors');
    await errors.waitFor({ timeout: 30_000 });
    const text = await waitForText(errors, new RegExp(`\\b${badRow}\\b`));
    const [col, header] = birthCol!;
    expect(
      text.includes(header) || new RegExp(`\\b${columnLetter(col)}\\b`).test(text),
      `the error table names the column (${header} / ${columnLetter(col)}):\n${text}`,
    ).toBe(true);
    // Apply stays disabled for a file with errors, and nothing reached the people table.
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    const stored = await api.get<{ total: number }>(`/people?unitId=${unitId}`);
    expect(stored.total).toBe(0);
    done.add('bad-file');
  });

  it('imports the fixed file and applies it', async (ctx) => {
    needs(ctx, 'bad-file');
    const page = browser.page;
    await page.goto('/imports');
    await uploadWorkbook(
      page,
      `e2e-people-${stamp}.xlsx`,
      await buildPeopleWorkbook(layout, people, newUnit),
    );
    const apply = page.getByTestId('import-apply');
    await apply.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-errors').count()).toBe(0);
    expect(await apply.isDisabled()).toBe(false);
    await apply.click();
    const confirm = page.getByRole('dialog').getByRole('button', { name: /đồng ý|xác nhận|áp dụng|ok/i });
    if (await confirm.count()) await confirm.last().click();
    await waitForText(page.getByTestId('import-result'), 'Đã áp dụng dữ liệu', 60_000);

    const stored = await api.get<{ total: number; data: { fullName: string }[] }>(`/people?unitId=${unitId}`);
    expect(stored.data.map((p) => p.fullName).sort()).toEqual(people.map((p) => p.fullName).sort());
    done.add('applied');
  });

  it('finds the imported people by searching "nguyen van" without diacritics', async (ctx) => {
    needs(ctx, 'applied');
    const page = browser.page;
    await page.goto('/people');
    const search = page.getByTestId('people-search');
    const table = page.getByTestId('people-table');
    await waitForText(table, /Nguyễn/); // the unfiltered first page, before searching
    await search.fill('nguyen van');
    // The list refreshes after a debounce: wait until every name shown matches the folded query.
    const names = await waitForNames(
      table,
      (ns) => ns.length > 0 && ns.every((n) => toSearchText(n).includes('nguyen van')),
    );
    expect(names.some((n) => /^Nguyễn Văn /.test(n))).toBe(true);

    await search.fill('nguyen van thach');
    await waitForNames(
      table,
      (ns) =>
        ns.includes('Nguyễn Văn Thạch Sanh') && ns.every((n) => toSearchText(n).includes('nguyen van thach')),
    );
    const api1 = await api.get<{ data: { fullName: string }[] }>(
      `/people?q=${encodeURIComponent('nguyen van')}&unitId=${unitId}`,
    );
    expect(api1.data.map((p) => p.fullName).sort()).toEqual(
      people
        .filter((p) => p.fullName.startsWith('Nguyễn Văn'))
        .map((p) => p.fullName)
        .sort(),
    );
    done.add('search');
  });

  it('shows the import in the audit log', async (ctx) => {
    needs(ctx, 'applied');
    const page = browser.page;
    const events = await api.get<{
      data: { action: string; entityType: string; actorName: string | null }[];
    }>('/audit?pageSize=50');
    const importEvent = events.data.find((e) => /import/i.test(`${e.action} ${e.entityType}`));
    expect(importEvent, `an import event among ${events.data.map((e) => e.action).join(', ')}`).toBeTruthy();
    await page.goto('/audit');
    const table = page.getByTestId('audit-table');
    await waitForText(table, /nhập|import/i);
  });
});

// No browser needed: this part runs (and reports) even when the web app cannot be built.
describe('Foundation journey: audit chain', () => {
  it('verifies the audit chain, and names an event edited by SQL', async () => {
    const api = await apiLogin('admin');
    const verify = await api.get<{ ok: boolean; checked: number; problems: unknown[] }>('/audit/verify');
    expect(verify.ok, JSON.stringify(verify.problems)).toBe(true);
    expect(verify.checked).toBeGreaterThan(0);

    // PGlite lets one process open the folder: the server stops (it seals what is left on the way out).
    await controlServer('stop');
    try {
      const intact = await runCli('audit', 'verify');
      expect(intact.code, intact.stderr).toBe(0);

      const [original] = await runSql<{ id: string; after: string | null }>(
        'select id::text, after::text from audit_event where seq = 1',
      );
      expect(original, 'a sealed event number 1').toBeTruthy();
      await runSql(`update audit_event set after = '{"x":1}' where seq = 1`);
      const tampered = await runCli('audit', 'verify');
      expect(tampered.code, tampered.stdout + tampered.stderr).toBe(2);
      expect(tampered.stderr).toMatch(new RegExp(`#1 \\(id ${original!.id}\\)`));
      expect(tampered.stderr).toMatch(/băm không khớp/);

      // Put the row back so that later files see an intact chain again.
      await runSql('update audit_event set after = $1::jsonb where seq = 1', [original!.after]);
      const restored = await runCli('audit', 'verify');
      expect(restored.code, restored.stderr).toBe(0);
    } finally {
      await controlServer('start');
    }
    expect(inject('e2e').baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
