import { expect, test } from 'vitest';

import { BASE_URL, EMAIL, logIn, unique, usePage } from './browser';

const pageOf = usePage({ loggedIn: false });

test('the API serves the SPA and a deep link survives the login', async () => {
  const page = pageOf();
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
  const page = pageOf();
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
