import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** Polls the text of a locator until it matches; innerText keeps the line breaks and cell separators. */
export async function waitForText(
  locator: Locator,
  text: RegExp | string,
  timeout = 20_000,
): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks the checks rely on.
    last = (await locator.innerText().catch(() => '')) ?? '';
    if (typeof text === 'string' ? last.includes(text) : text.test(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`expected ${String(text)} in ${locator}, found:\n${last.slice(0, 1500)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** With VINHDANH_E2E_SHOTS=<folder>, a full-page screenshot of the screen being built (for review). */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.VINHDANH_E2E_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** The dialog once its opening animation is over (a click on OK during the zoom-in can be lost). */
export async function openedDialog(page: Page): Promise<Locator> {
  await page.locator('.ant-modal:visible:not([class*="ant-zoom"])').waitFor();
  return page.locator('.ant-modal:visible');
}

/** Clicks an option of the open dropdown once it has finished sliding in (a click during it can be lost). */
export async function pickedOption(page: Page, option: string, text?: RegExp | string): Promise<void> {
  const dropdown = page.locator('.ant-select-dropdown:visible:not([class*="ant-slide"])');
  await dropdown.waitFor();
  const options = dropdown.locator(option);
  await (text === undefined ? options : options.filter({ hasText: text })).first().click();
}

/** Clicks what starts a download and returns the downloaded bytes. */
export async function download(page: Page, trigger: Locator): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return readFileSync((await dl.path())!);
}
