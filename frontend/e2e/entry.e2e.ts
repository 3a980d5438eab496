import { expect, test } from 'vitest';

import { BASE_URL, usePage } from './browser';

const pageOf = usePage();

/** A day `back` days before today in Japan, YYYY-MM-DD. */
function daysAgoInJapan(back: number): string {
  return new Date(Date.now() + 9 * 3600_000 - back * 24 * 3600_000).toISOString().slice(0, 10);
}

const slashed = (day: string) => day.replaceAll('-', '/');

async function choose(placeholder: string, typed: string, option: RegExp): Promise<void> {
  const page = pageOf();
  const box = page.getByPlaceholder(placeholder).first();
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

// Three days of a worker on 大磯 (well before the demo's two weeks), previewed with 登録開始; the
// middle day is removed from the preview, and only the other two are saved.
test('一括登録: rows with their own dates, a 登録開始 preview, one day removed, the rest saved', async () => {
  const page = pageOf();
  const [first, middle, last] = [daysAgoInJapan(20), daysAgoInJapan(19), daysAgoInJapan(18)];
  await page.goto(`${BASE_URL}/attendance/bulk`);
  await choose('現場を選択', '大磯', /大磯工浚渫工事/);
  const row = page.getByRole('group', { name: '1行目' });
  await row.getByRole('combobox', { name: /^技能者/ }).click();
  // A worker of the site's crew (水本 林男 is the CCUS spec's, whose days are held).
  const option = page.getByRole('option').filter({ hasNotText: '水本 林男' }).first();
  const name = ((await option.textContent()) ?? '').split('(')[0]?.trim() ?? '';
  expect(name).not.toBe('');
  await option.click();
  // The worker's business and occupation fill in once their record is read.
  await expect
    .poll(() => row.getByRole('combobox', { name: '支店/事業者' }).inputValue(), { timeout: 10_000 })
    .not.toBe('');
  await row.getByLabel(/^入場日/).fill(first);
  await row.getByLabel('最終日').fill(last);
  await row.getByLabel(/^入場時刻/).fill('08:00');
  await row.getByLabel('退場時刻').fill('17:00');
  await page.getByRole('button', { name: '登録開始' }).click();

  const preview = page.getByRole('table', { name: '登録される就業履歴' });
  await preview.waitFor();
  expect(await page.getByTestId('bulk-count').textContent()).toContain('3 件');
  await preview.getByRole('button', { name: `${name} ${slashed(middle)} を削除` }).click();
  expect(await page.getByTestId('bulk-count').textContent()).toContain('2 件');
  await page.getByRole('button', { name: '就業履歴登録' }).click();
  await page.waitForURL((url) => url.pathname === '/attendance');

  const saved = page.getByRole('row', { name: new RegExp(name) });
  // The list is asked again once the write lands: wait for the answer, not the first paint.
  const savedDates = async () => (await saved.allTextContents()).map((text) => text.slice(0, 10)).sort();
  await expect.poll(savedDates, { timeout: 15_000 }).toEqual([slashed(first), slashed(last)]);
});

// 青木 晴美 has never entered 三崎港: the hint leads to the checkbox; the form starts at now with
// the exit open, which saves as a day still under way.
test('手動登録: a worker not yet on the site, an entry now with the exit left open', async () => {
  const page = pageOf();
  const today = daysAgoInJapan(0);
  await page.goto(`${BASE_URL}/attendance/new`);
  await choose('現場名・現場コードで検索', '三崎港', /三崎港/);
  await page.getByText('初めて入場する技能者は、ここにチェックを入れてください。').waitFor();
  await page.getByLabel('この現場にまだ入場していない技能者も選ぶ').check();
  await choose('氏名・カナで検索', '青木', /青木 晴美/);
  expect((await page.getByLabel('入場日時').inputValue()).slice(0, 10)).toBe(today);
  expect(await page.getByLabel('退場日時').inputValue()).toBe('');
  await page.getByRole('button', { name: '就業履歴登録' }).click();
  await page.waitForURL((url) => url.pathname === '/attendance');

  const saved = page.getByRole('row', { name: /青木 晴美/ });
  await saved.first().waitFor();
  expect(await saved.first().textContent()).toContain('退場なし');
  expect(await saved.first().textContent()).toContain(slashed(today));
});
