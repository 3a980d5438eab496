import { expect, test } from 'vitest';

import { BASE_URL, usePage } from './browser';
import { expectFocusedAndMarked, failureRow, sandbox, waitAccepted, waitNoFailureRow } from './fix-loop';

const pageOf = usePage();
const LOOP_MS = 330_000;

// The seed's fix loop, one visit to the fix page each, and never a per-row 再送: CCUS (or genba,
// before sending) says no → the row says whose and why → the cause is fixed once → ○.

test(
  'DATK0408E: the demo’s 水本 林男 gets his real 技能者ID on the fix page, and his refused days go through',
  async () => {
    const page = pageOf();
    // The demo's own scenario: genba holds the mistyped 12304567891234; CCUS knows him as 12340567891234.
    const row = await failureRow(page, 'code=DATK0408E&kind=work_day', /水本 林男/);
    expect(await row.textContent()).toContain('12304567891234');
    expect(await row.textContent()).toContain('失敗');
    await row.getByRole('link', { name: '技能者を修正' }).click();
    await page.waitForURL(/\/workers\/[0-9a-f-]{36}\/edit\?fix=/);

    const banner = page.getByRole('region', { name: '修正するエラー' });
    await banner.getByText('DATK0408E').waitFor();
    expect(await banner.textContent()).toContain('技能者IDが間違っています');
    const field = page.getByLabel('CCUS技能者ID');
    await expectFocusedAndMarked(field);
    await field.fill('12340567891234');
    await page.getByRole('button', { name: '更新', exact: true }).click();

    await page.waitForURL(/\/ccus\/results\?.*fixed=/);
    await waitAccepted(page);
    // No 再送 pressed: every refused day of his (and the 施工体制 naming him) has gone through.
    await waitNoFailureRow(page, 'code=DATK0408E', /水本 林男/);
  },
  LOOP_MS,
);

test(
  'DATF0001E: a business’s 本人確認番号 corrected is checked again at once and reads ○',
  async () => {
    const page = pageOf();
    const list = `${BASE_URL}/ccus/id-checks/businesses?ccus_id=66666999995214`;
    await page.goto(list);
    const row = page.getByRole('row', { name: /御徒町/ });
    await row.getByRole('button', { name: '確認' }).click();
    await row.getByText('DATF0001E').waitFor({ timeout: 30_000 });
    expect(await row.getByLabel('結果 失敗').count()).toBe(1);

    await row.getByRole('link', { name: '編集' }).first().click();
    await page.waitForURL(/\/businesses\/[0-9a-f-]{36}\/edit/);
    await page.getByLabel('本人確認番号', { exact: true }).fill('5214');
    await page.getByRole('button', { name: '更新', exact: true }).click();
    await page
      .getByText(/CCUSで再確認しています/)
      .first()
      .waitFor();

    // No まとめて確認, no wait for the 30-minute sweep: the saved number is checked at once.
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await page.goto(list);
      await row.waitFor();
      if ((await row.getByLabel('結果 ○').count()) > 0) break;
      await page.waitForTimeout(1000);
    }
    expect(await row.getByLabel('結果 ○').count()).toBe(1);
  },
  LOOP_MS,
);

test(
  'held for a missing 事業者ID: the demo’s (株)水本鉄筋工業 gets its ID on the fix page, and its held records go through',
  async () => {
    const page = pageOf();
    // The demo's own scenario: 水本 小鉄's days (and 施工体制) are held, his employer has no 事業者ID.
    const row = await failureRow(page, 'code=GENB0002E&kind=work_day', /水本 小鉄/);
    expect(await row.textContent()).toContain('(株)水本鉄筋工業');
    expect(await row.textContent()).toContain('保留');
    expect(await row.textContent()).not.toContain('失敗');
    await row.getByRole('link', { name: '事業者を修正' }).click();
    await page.waitForURL(/\/businesses\/[0-9a-f-]{36}\/edit\?fix=/);
    await page.getByRole('region', { name: '修正するエラー' }).getByText('GENB0002E').waitFor();
    const field = page.getByLabel('CCUS事業者ID');
    await expectFocusedAndMarked(field);
    // What demo.json's scenario says the business's real ID and 本人確認番号 are (CCUS knows them).
    await field.fill('20230401000004');
    await page.getByLabel('本人確認番号', { exact: true }).fill('4004');
    await page.getByRole('button', { name: '更新', exact: true }).click();

    await page.waitForURL(/\/ccus\/results\?.*fixed=/);
    await waitAccepted(page);
    // No 再送 pressed: every held record of the business (days and 施工体制) has gone through.
    await waitNoFailureRow(page, 'code=GENB0002E', /水本鉄筋工業/);
  },
  LOOP_MS,
);

test(
  'DATK0411E: the demo site made in CCUS without 標準APIの利用 has its structure refused; ticked in CCUS and checked again, it goes',
  async () => {
    const page = pageOf();
    // The demo's own scenario: 土木系工事 (01A) was made in CCUS as 52710038406112 without the box.
    const ccusSiteId = '52710038406112';
    const row = await failureRow(page, 'code=DATK0411E', /土木系工事/);
    expect(await row.textContent()).toContain(ccusSiteId);
    await row.getByRole('link', { name: '現場を修正' }).click();
    await page.waitForURL(/\/sites\/[0-9a-f-]{36}\/edit\?fix=/);
    const fix = new URL(page.url()).searchParams.get('fix') ?? '';
    const banner = page.getByRole('region', { name: '修正するエラー' });
    await banner.getByText('DATK0411E').waitFor();
    expect(await banner.textContent()).toContain('標準APIの利用');

    // The box is ticked in CCUS itself (610_現場・契約 > 30_内容変更); staff check again from here.
    await sandbox('PUT', `/sites/${ccusSiteId}/standard-api`, { enabled: true });
    await banner.getByRole('button', { name: 'CCUSで再確認' }).click();
    await page
      .getByText(/CCUSで再確認しています/)
      .first()
      .waitFor();

    await page.goto(`${BASE_URL}/ccus/results?fixed=${fix}`);
    await waitAccepted(page);
  },
  LOOP_MS,
);
