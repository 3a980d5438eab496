import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, onTestFailed, test } from 'vitest';

import { BASE_URL, launchBrowser, logIn, newPage, screenshot } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  await logIn(page);
});
beforeEach((context) => {
  onTestFailed(() => screenshot(page, context.task.name));
});
afterAll(async () => {
  await browser.close();
});

/** The last Sunday before today in Japan (the demo's work days are weekdays), YYYY-MM-DD. */
function lastSundayInJapan(): string {
  const japan = new Date(Date.now() + 9 * 3600_000);
  const back = japan.getUTCDay() === 0 ? 7 : japan.getUTCDay();
  return new Date(japan.getTime() - back * 24 * 3600_000).toISOString().slice(0, 10);
}

async function choose(placeholder: string, typed: string, option: RegExp | string): Promise<void> {
  const box = page.getByPlaceholder(placeholder);
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

// The seed's example: 水本 林男's CCUS 技能者ID 12304567891234 is unknown to CCUS. A day he
// worked must not vanish: staff see the error with its code, what to do, and where to fix it.
test('a forgotten day entered by hand reaches CCUS, and its refusal shows what to fix', async () => {
  const day = lastSundayInJapan();
  await page.goto(`${BASE_URL}/attendance/new`);
  await choose('現場名・現場コードで検索', '大磯', /大磯工浚渫工事/);
  await page.getByLabel('この現場にまだ入場していない技能者も選ぶ').check();
  await choose('氏名・カナで検索', '水本', /水本 林男/);
  await page.getByLabel('入場日時').fill(`${day}T08:00`);
  await page.getByLabel('退場日時').fill(`${day}T17:00`);
  await page.getByRole('button', { name: '就業履歴登録' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/new'));

  // The worker sends it to the sandbox at once here (GENBA_CCUS_SEND_POLICY=immediate).
  const failedLink = page.getByRole('link', { name: /就業履歴 失敗 \d+ 件/ });
  for (let attempt = 0; attempt < 30; attempt += 1) {
    await page.goto(`${BASE_URL}/ccus/results`);
    await page.getByRole('table', { name: 'CCUS連携結果一覧' }).or(page.getByText(/ありません/)).first().waitFor();
    if (await failedLink.count()) break;
    await page.waitForTimeout(1000);
  }
  await failedLink.first().click();
  const failures = page.getByRole('table', { name: '連携エラー' });
  await failures.waitFor();
  const text = (await failures.textContent()) ?? '';
  expect(text).toContain('水本 林男');
  expect(text).toContain('12304567891234');
  // Refused by CCUS (DATK0408E), or held back because the ID check already failed (GENB0004E).
  expect(text).toMatch(/DATK0408E|GENB0004E/);
  expect(text).toContain('対応方法');

  await failures.getByRole('link', { name: /技能者/ }).first().click();
  await page.waitForURL(/\/workers\/[0-9a-f-]{36}\/edit/);
  await page.getByText('12304567891234').or(page.locator('input[value="12304567891234"]')).first().waitFor();
});
