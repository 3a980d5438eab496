import { expect, test } from 'vitest';

import { BASE_URL, unique, usePage } from './browser';

const pageOf = usePage();

test('a terminal key issued for a site shows its secret once, and the gate terminal can post with it', async () => {
  const page = pageOf();
  await page.goto(`${BASE_URL}/sites?code=230001D_mizumoto`);
  await page.getByText('三崎港').first().click();
  await page.waitForURL(/\/sites\/[0-9a-f-]{36}/);
  const siteId = /\/sites\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(siteId).toBeTruthy();

  const name = unique('ゲート');
  await page.goto(`${BASE_URL}/admin/api-keys`);
  await page.getByRole('button', { name: 'APIキーを発行' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('名前').fill(name);
  await dialog.getByPlaceholder('現場を選択').click();
  await dialog.getByPlaceholder('現場を選択').fill('三崎港');
  await page.getByRole('option', { name: /三崎港/ }).click();
  await dialog.getByRole('button', { name: '発行' }).click();
  const secret = (await page.getByTestId('api-key-secret').textContent())?.trim() ?? '';
  expect(secret.length).toBeGreaterThan(20);
  await page.getByRole('button', { name: '設定しました。閉じる' }).click();
  await page.getByRole('cell', { name }).waitFor();
  expect(await page.content()).not.toContain(secret);

  // The terminal: an entry an hour ago for 川越 十郎, by his worker code.
  const occurredAt = new Date(Date.now() - 3600_000).toISOString();
  const response = await fetch(`${BASE_URL}/api/v1/terminal/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': secret },
    body: JSON.stringify({
      events: [
        {
          event_id: unique('e2e-'),
          site_id: siteId,
          worker_code: 'KS64920862',
          kind: 'entry',
          occurred_at: occurredAt,
        },
      ],
    }),
  });
  expect(response.status).toBe(200);

  // The answer comes once the event is stored; the worker folds it into 就業履歴 a moment later.
  const deadline = Date.now() + 20_000;
  for (;;) {
    await page.goto(`${BASE_URL}/attendance?site_id=${siteId}`);
    try {
      await page
        .getByRole('cell', { name: /川越 十郎/ })
        .first()
        .waitFor({ timeout: 2_000 });
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
});
