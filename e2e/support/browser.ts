import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { shotsDir } from './paths.ts';

export const DEMO_PASSWORD = 'VinhDanh@2026';

/** Flags from docs stack.md: Debian's chromium, no sandbox (root in CI), nothing phoning home. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Debian's Chromium in headless mode with a fresh profile folder. Playwright refuses
 * `--user-data-dir` in args, so the profile is given through launchPersistentContext.
 */
export async function launchBrowser(): Promise<BrowserSession> {
  const profile = mkdtempSync(path.join(tmpdir(), 'vinhdanh-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    baseURL: inject('e2e').baseUrl,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One browser for the file; a full-page screenshot of the current page into tmp/e2e-shots/ for every
 * failed test. Use `browser.page` inside tests (set in beforeAll).
 */
export function useBrowser(): { readonly page: Page; readonly session: BrowserSession } {
  let session: BrowserSession | null = null;
  beforeAll(async () => {
    const { webBuildError } = inject('e2e');
    if (webBuildError) throw new Error(webBuildError);
    session = await launchBrowser();
  });
  beforeEach((ctx) => {
    ctx.onTestFailed(async () => {
      if (!session) return;
      mkdirSync(shotsDir, { recursive: true });
      const name = `${ctx.task.file?.name ?? 'e2e'}--${ctx.task.name}`
        .replace(/[^\w.-]+/g, '_')
        .slice(0, 150);
      await session.page
        .screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true })
        .catch(() => undefined);
    });
  });
  afterAll(async () => {
    await session?.close();
  });
  return {
    get page() {
      if (!session) throw new Error('the browser did not start (see beforeAll)');
      return session.page;
    },
    get session() {
      if (!session) throw new Error('the browser did not start (see beforeAll)');
      return session;
    },
  };
}

/** Logs in through the login page and waits until the app has left it. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 20_000 });
}
