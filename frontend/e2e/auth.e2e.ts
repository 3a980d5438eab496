import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, onTestFailed, test } from 'vitest';

import { BASE_URL, EMAIL, launchBrowser, logIn, newPage, screenshot, unique } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
});
beforeEach((context) => {
  onTestFailed(() => screenshot(page, context.task.name));
});
afterAll(async () => {
  await browser.close();
});

test('the API serves the SPA and a deep link survives the login', async () => {
  await page.goto(`${BASE_URL}/branches`);
  await page.waitForURL(/\/login\?redirect=/);
  await page.getByLabel('メールアドレス').fill(EMAIL);
  await page.getByLabel('パスワード').fill('wrong password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByText('メールアドレスまたはパスワードが正しくありません。').waitFor();

  await logIn(page, '/branches');
  await page.waitForURL(`${BASE_URL}/branches`);
  await page.getByRole('heading', { name: '拠点・支店管理' }).waitFor();
  expect(await page.getByTestId('page-summary').textContent()).toMatch(/件中 1 - \d+ 件 表示/);
});

test('a branch is added, a duplicate code is refused next to its field', async () => {
  const code = unique('E');
  await page.goto(`${BASE_URL}/branches`);
  await page.getByRole('button', { name: '拠点・支店を追加' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('拠点・支店コード').fill(code);
  await dialog.getByLabel('拠点・支店名').fill(`${code} 支店`);
  await dialog.getByRole('button', { name: '登録' }).click();
  await page.getByRole('cell', { name: `${code} 支店` }).waitFor();

  await page.getByRole('button', { name: '拠点・支店を追加' }).click();
  await dialog.getByLabel('拠点・支店コード').fill(code);
  await dialog.getByLabel('拠点・支店名').fill('重複');
  await dialog.getByRole('button', { name: '登録' }).click();
  await dialog.getByText('この拠点・支店コードは既に使われています。').first().waitFor();
  expect(await dialog.getByLabel('拠点・支店名').inputValue()).toBe('重複');
});
