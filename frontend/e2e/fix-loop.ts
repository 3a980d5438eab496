import type { Locator, Page } from 'playwright-core';

import { BASE_URL, SANDBOX_URL } from './browser';

/** The last Sunday before today in Japan minus `weeksBack` weeks (the demo's work days are weekdays). */
export function sundayInJapan(weeksBack = 0): string {
  const japan = new Date(Date.now() + 9 * 3600_000);
  const back = (japan.getUTCDay() === 0 ? 7 : japan.getUTCDay()) + weeksBack * 7;
  return new Date(japan.getTime() - back * 24 * 3600_000).toISOString().slice(0, 10);
}

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

/** The genba API as the logged-in user, for setting up a scenario the demo does not carry. */
export async function api<T>(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
  const token = await page.evaluate(() => sessionStorage.getItem('genba.token'));
  const response = await fetch(`${BASE_URL}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token ?? ''}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function firstId(page: Page, path: string): Promise<string> {
  const found = await api<{ items: { id: string }[] }>(page, 'GET', path);
  const [first] = found.items;
  if (!first) throw new Error(`nothing at ${path}`);
  return first.id;
}

async function choose(page: Page, placeholder: string, typed: string, option: RegExp): Promise<void> {
  const box = page.getByPlaceholder(placeholder);
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** 就業履歴の手入力: one day of a worker at a site, 8:00–17:00. */
export async function enterDay(
  page: Page,
  site: [string, RegExp],
  worker: [string, RegExp],
  day: string,
): Promise<void> {
  await page.goto(`${BASE_URL}/attendance/new`);
  await choose(page, '現場名・現場コードで検索', ...site);
  await page.getByLabel('この現場にまだ入場していない技能者も選ぶ').check();
  await choose(page, '氏名・カナで検索', ...worker);
  await page.getByLabel('入場日時').fill(`${day}T08:00`);
  await page.getByLabel('退場日時').fill(`${day}T17:00`);
  await page.getByRole('button', { name: '就業履歴登録' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/new'));
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
