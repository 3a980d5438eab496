import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from 'vitest';

import { BASE_URL, unique, usePage } from './browser';

const pageOf = usePage();

test('現場一覧 lists the demo sites and a site opens on its 施工体制 tab', async () => {
  const page = pageOf();
  await page.goto(`${BASE_URL}/sites`);
  await page.getByText('令和6.3年度 大磯工浚渫工事 (-5.0m)').first().click();
  await page.waitForURL(/\/sites\/[0-9a-f-]{36}/);
  await page.getByRole('tab', { name: '施工体制', exact: true }).click();
  await page.waitForURL(/tab=structure/);
  await page.getByRole('button', { name: '事業者を追加' }).waitFor();
});

test('a business filter lives in the URL and survives a reload', async () => {
  const page = pageOf();
  await page.goto(`${BASE_URL}/businesses`);
  await page.getByLabel('事業者名').fill('コムテックス');
  await page.getByRole('button', { name: '検索' }).click();
  await page.waitForURL(/name=/);
  await page.reload();
  await page.getByRole('link', { name: 'コムテックス株式会社' }).first().waitFor();
  expect(await page.getByLabel('事業者名').inputValue()).toBe('コムテックス');
});

test('an import with one bad row reports that row and keeps the good one out (all or nothing)', async () => {
  const page = pageOf();
  const name = unique('(株)取込検証');
  const dir = mkdtempSync(join(tmpdir(), 'genba-e2e-'));
  const file = join(dir, 'businesses.csv');
  writeFileSync(
    file,
    [
      '所属支店,事業者名,事業者名(カナ),代表電話番号',
      `000,${name},トリコミケンショウ,0312345678`,
      '000,(株)電話誤り,デンワアヤマリ,12345',
    ].join('\n'),
    'utf8',
  );
  await page.goto(`${BASE_URL}/imports?kind=businesses`);
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: '取込開始' }).click();
  await page.waitForURL(/\/imports\/[0-9a-f-]{36}/);
  const errors = page.getByRole('table', { name: 'エラーの一覧' });
  await errors.waitFor({ timeout: 30_000 });
  expect(await errors.textContent()).toContain('電話番号は0から始まる10桁または11桁の数字で入力してください。');
  expect(await page.getByTestId('count-imported').textContent()).toContain('0');

  await page.goto(`${BASE_URL}/businesses?name=${encodeURIComponent(name)}`);
  await page.getByText('条件に一致する事業者はありません。').waitFor();
});
