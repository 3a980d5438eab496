import { createHmac, timingSafeEqual } from 'node:crypto';

import { expect, test } from 'vitest';

import { BASE_URL, usePage } from './browser';

// A partner's receiver in its own process (tools/webhook_receiver.py), started by tests/e2e.
const RECEIVER_URL = process.env.GENBA_E2E_RECEIVER_URL ?? 'http://127.0.0.1:8399/hooks';

type Received = { headers: Record<string, string>; body: string };

const pageOf = usePage();

/** A day `back` days before today in Japan, YYYY-MM-DD. */
function daysAgoInJapan(back: number): string {
  return new Date(Date.now() + 9 * 3600_000 - back * 24 * 3600_000).toISOString().slice(0, 10);
}

/** What a partner checks: some v1 of `t=…,v1=…` is the HMAC-SHA256 of "t.body" under the secret. */
function signedWith(secret: string, header: string, body: string): boolean {
  const fields = header.split(',').map((part) => part.split('=', 2) as [string, string]);
  const stamp = fields.find(([key]) => key === 't')?.[1] ?? '';
  const expected = Buffer.from(createHmac('sha256', secret).update(`${stamp}.${body}`).digest('hex'));
  return fields.some(
    ([key, value]) => key === 'v1' && value.length === expected.length && timingSafeEqual(Buffer.from(value), expected),
  );
}

async function received(): Promise<Received[]> {
  return (await (await fetch(RECEIVER_URL)).json()) as Received[];
}

test('Webhook: an endpoint at a local receiver, its secret shown once, a 手動登録 delivered signed and 成功', async () => {
  const page = pageOf();
  // The receiver forgets earlier posts and answers 200.
  expect((await fetch(RECEIVER_URL, { method: 'PUT', body: '[]' })).status).toBe(204);

  await page.goto(`${BASE_URL}/admin/api-keys`);
  const section = page.getByRole('region', { name: 'Webhook' });
  await section.getByRole('button', { name: '送信先を登録' }).click();
  const form = page.getByRole('dialog', { name: 'Webhook送信先の登録' });
  await form.getByLabel('送信先URL').fill(RECEIVER_URL);
  await form.getByLabel('就業履歴の登録').check();
  await form.getByRole('button', { name: '登録', exact: true }).click();

  const shown = page.getByRole('dialog', { name: '署名シークレット' });
  const secret = ((await shown.getByTestId('webhook-secret').textContent()) ?? '').trim();
  expect(secret).toMatch(/^whsec_[\w-]{20,}$/);
  await shown.getByRole('button', { name: '設定しました。閉じる' }).click();
  await shown.waitFor({ state: 'detached' });
  const row = section.getByRole('row', { name: new RegExp(RECEIVER_URL) });
  await row.waitFor();
  // Shown once: neither the list nor a reload shows the secret again.
  await page.reload();
  await row.waitFor();
  expect(await page.content()).not.toContain(secret);

  // 手動登録 of a finished day for 川越 十郎 on 三崎港, well before the demo's two weeks.
  const day = daysAgoInJapan(25);
  await page.goto(`${BASE_URL}/attendance/new`);
  const site = page.getByPlaceholder('現場名・現場コードで検索').first();
  await site.click();
  await site.fill('三崎港');
  await page
    .getByRole('option', { name: /三崎港/ })
    .first()
    .click();
  // Any worker of the tenant, by name (the site's crew is not what this test is about).
  await page.getByLabel('この現場にまだ入場していない技能者も選ぶ').check();
  const worker = page.getByPlaceholder('氏名・カナで検索').first();
  await worker.click();
  await worker.fill('川越');
  await page
    .getByRole('option', { name: /川越 十郎/ })
    .first()
    .click();
  await page.getByLabel('入場日時').fill(`${day}T08:00`);
  await page.getByLabel('退場日時').fill(`${day}T17:00`);
  await page.getByRole('button', { name: '就業履歴登録' }).click();
  await page.waitForURL((url) => url.pathname === '/attendance');

  // The worker posts it from the outbox: signed with the secret the screen showed.
  const created = async () =>
    (await received()).filter((post) => (JSON.parse(post.body) as { type: string }).type === 'work_day.created');
  await expect.poll(async () => (await created()).length, { timeout: 20_000 }).toBe(1);
  const [post] = await created();
  const event = JSON.parse(post!.body) as { id: string; data: { work_date: string } };
  expect(event.data.work_date).toBe(day);
  expect(post!.headers['genba-event-id']).toBe(event.id);
  expect(signedWith(secret, post!.headers['genba-signature'] ?? '', post!.body)).toBe(true);
  expect(signedWith(`${secret}x`, post!.headers['genba-signature'] ?? '', post!.body)).toBe(false);

  // 送信履歴 shows the same event 成功 once the worker has recorded the answer.
  const succeeded = async () => {
    await page.goto(`${BASE_URL}/admin/api-keys`);
    await row.getByRole('button', { name: '送信履歴' }).click();
    const log = page.getByRole('table', { name: '送信履歴' });
    const line = log.getByRole('row', { name: new RegExp(event.id) });
    await line.waitFor();
    return (await line.textContent()) ?? '';
  };
  await expect.poll(succeeded, { timeout: 20_000 }).toMatch(/就業履歴の登録.*成功.*1 回.*200/);

  // The demo tenant is left as it was for the other specs (the screens' layout checks among them).
  await page.goto(`${BASE_URL}/admin/api-keys`);
  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: '削除' }).click();
  await row.waitFor({ state: 'detached' });
});
