import { expect, test } from 'vitest';

import { BASE_URL, usePage } from './browser';

const pageOf = usePage();

// The demo's (株)阿佐ヶ谷鉄筋工業 has workers on both demo sites: on 大磯 some of them are not
// site workers yet, and the ones who are have work days there.
const CREW = ['青木 晴美', '井草 四郎', '川越 十郎', '佐藤 B作'];

test('施工体制技能者: add a worker by hand, edit 保険加入状況, remove it; removal refused with history', async () => {
  const page = pageOf();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${BASE_URL}/sites`);
  await page.getByText('令和6.3年度 大磯工浚渫工事 (-5.0m)').first().click();
  await page.waitForURL(/\/sites\/[0-9a-f-]{36}/);
  await page.getByRole('tab', { name: '施工体制技能者', exact: true }).click();
  await page.waitForURL(/tab=workers/);
  await page.getByTestId('site-worker-row').first().waitFor();
  const listed = (await page.getByTestId('site-worker-row').allTextContents()).join('\n');
  const newcomer = CREW.find((name) => !listed.includes(name));
  expect(newcomer, 'every demo crew member is on the site already').toBeDefined();

  await page.getByRole('button', { name: '技能者追加' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^事業者/).click();
  await page.getByRole('option', { name: '(株)阿佐ヶ谷鉄筋工業' }).click();
  await dialog.getByLabel(/^技能者/).click();
  await page.getByRole('option', { name: new RegExp(`^${newcomer!}`) }).click();
  await dialog.getByRole('button', { name: '追加' }).click();
  const added = page.getByTestId('site-worker-row').filter({ hasText: newcomer! });
  await added.waitFor();
  expect(await added.textContent()).toContain('無');

  await added.getByRole('button', { name: `${newcomer!}を編集` }).click();
  await dialog.getByLabel(/^健康保険/).click();
  await page.getByRole('option', { name: '建設国保' }).click();
  await dialog.getByLabel('特別加入労災保険に加入').check();
  await dialog.getByRole('button', { name: '更新' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await added.getByText('建設国保').waitFor();
  expect(await added.textContent()).toContain('○');

  await added.getByRole('button', { name: `${newcomer!}を削除` }).click();
  await page.getByText('施工体制技能者から削除しました。').waitFor();
  await added.waitFor({ state: 'detached' });

  const attended = page.getByTestId('site-worker-row').filter({ hasText: '有' }).first();
  await attended.getByRole('button', { name: /を削除$/ }).click();
  await page.getByText('この現場への入退場がある技能者は削除できません。').waitFor();
  expect(await attended.isVisible()).toBe(true);
});
