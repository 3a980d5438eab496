import type { Locator, Page } from 'playwright-core';

import { BASE_URL, SANDBOX_URL } from './browser';

/** The CCUS sandbox's admin API: plays what happens in CCUS itself (registrations, ticked boxes). */
export async function sandbox(method: 'PUT' | 'POST', path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${SANDBOX_URL}/admin${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', 'X-Admin-Token': 'sandbox-admin' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox ${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/** The row of 連携エラー一覧 (filtered by `query`) whose text matches, once the worker has put it there. */
export async function failureRow(page: Page, query: string, text: RegExp): Promise<Locator> {
  const table = page.getByRole('table', { name: '連携エラー' });
  const row = table.getByRole('row', { name: text });
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await page.goto(`${BASE_URL}/ccus/results?failures=1&${query}`);
    await table.or(page.getByText('該当する連携エラーはありません。')).first().waitFor();
    if ((await row.count()) > 0) return row.first();
    await page.waitForTimeout(1000);
  }
  throw new Error(`no failure row ${String(text)} for ${query}`);
}

/** 連携エラー一覧 (filtered by `query`) until no row matches `text` any more. */
export async function waitNoFailureRow(page: Page, query: string, text: RegExp): Promise<void> {
  const table = page.getByRole('table', { name: '連携エラー' });
  const empty = page.getByText('該当する連携エラーはありません。');
  // A loaded machine runs the worker's wake-ups seconds late: follow the list for up to 3 minutes.
  const until = Date.now() + 180_000;
  let left: string[] = [];
  while (Date.now() < until) {
    await page.goto(`${BASE_URL}/ccus/results?failures=1&${query}`);
    await table.or(empty).first().waitFor();
    left = await table.getByRole('row', { name: text }).allTextContents();
    if (left.length === 0) return;
    await page.waitForTimeout(2000);
  }
  throw new Error(`failure rows ${String(text)} for ${query} still listed: ${left.join(' / ')}`);
}

/** The fix page's field: focused and marked as the one to change. */
export async function expectFocusedAndMarked(field: Locator): Promise<void> {
  await field.waitFor();
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (await field.evaluate((element) => element === document.activeElement)) break;
    await field.page().waitForTimeout(100);
  }
  if (!(await field.evaluate((element) => element === document.activeElement))) throw new Error('not focused');
  if ((await field.getAttribute('aria-invalid')) !== 'true') throw new Error('not marked');
}

/** Back on the list: the fixed record's state, followed until CCUS accepted it (○). */
export async function waitAccepted(page: Page): Promise<void> {
  const notice = page.getByRole('status', { name: '修正した連携' });
  await notice.getByText('CCUSに受け付けられました。').waitFor({ timeout: 90_000 });
}
