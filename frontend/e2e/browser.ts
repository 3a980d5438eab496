import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, onTestFailed } from 'vitest';

import { launchBrowser } from './chromium';

export { launchBrowser };

export const BASE_URL = process.env.GENBA_E2E_URL ?? 'http://127.0.0.1:8390';
export const SANDBOX_URL = process.env.GENBA_E2E_SANDBOX_URL ?? 'http://127.0.0.1:8391';
export const EMAIL = process.env.GENBA_E2E_EMAIL ?? 'admin@genba-demo.jp';
export const PASSWORD = process.env.GENBA_E2E_PASSWORD ?? 'genba-demo-2026';

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

export async function logIn(page: Page, path = '/'): Promise<void> {
  await page.goto(`${BASE_URL}${path}`);
  await page.getByLabel('メールアドレス').fill(EMAIL);
  await page.getByLabel('パスワード').fill(PASSWORD);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** A value unique to this run, so reruns against the same database never collide. */
export function unique(prefix: string): string {
  return `${prefix}${Date.now().toString(36).slice(-6)}`;
}

/** On a failed test, a screenshot in frontend/test-results/ shows what the browser showed. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const safe = name.replace(/[^\w\u3040-\u30ff\u4e00-\u9faf-]+/g, '_').slice(0, 80);
  await page.screenshot({ path: `test-results/${safe}.png`, fullPage: true }).catch(() => undefined);
}

/**
 * One browser and page for a spec file (logged in unless told otherwise), a screenshot of every
 * failed test, and the browser closed at the end. Tests call the returned function for the page.
 */
export function usePage({ loggedIn = true }: { loggedIn?: boolean } = {}): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    if (loggedIn) await logIn(page);
  });
  beforeEach((context) => {
    onTestFailed(() => (page ? screenshot(page, context.task.name) : undefined));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!page) throw new Error('the browser did not start');
    return page;
  };
}
