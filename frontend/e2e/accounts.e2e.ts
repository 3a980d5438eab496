import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { BASE_URL, launchBrowser, logIn as logInAsAdmin, newPage, unique } from './browser';

const MAIL_URL = process.env.GENBA_E2E_MAIL_URL ?? 'http://127.0.0.1:8326';
const OPERATOR_KEY = process.env.GENBA_E2E_OPERATOR_KEY ?? '';
const FIRST_PASSWORD = 'first e2e password';
const NEW_PASSWORD = 'second e2e password';

type Caught = { subject: string; text: string };

/** The link of the newest email to `to` whose subject has `subject`, as the local inbox shows it. */
async function linkFromInbox(to: string, subject: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const response = await fetch(`${MAIL_URL}/messages?to=${encodeURIComponent(to)}`);
    const found = ((await response.json()) as Caught[]).filter((mail) => mail.subject.includes(subject));
    const link = found.at(-1)?.text.match(/https?:\/\/\S+#token=[\w-]+/)?.[0];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no "${subject}" email to ${to}`);
}

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function setPasswords(page: Page, password: string): Promise<void> {
  await page.getByLabel('新しいパスワード', { exact: true }).fill(password);
  await page.getByLabel('新しいパスワード(確認)').fill(password);
}

let browser: Browser | undefined;
const email = `${unique('e2e-admin-')}@example.com`;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a new company is invited: the link from the local inbox sets a password, then ログイン', async () => {
  const code = unique('e2e-');
  const created = await fetch(`${BASE_URL}/api/v1/operator/tenants`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Operator-Key': OPERATOR_KEY },
    body: JSON.stringify({ code, name: 'E2E建設株式会社', admin_email: email, admin_name: '招待 太郎' }),
  });
  expect(created.status).toBe(201);
  const page = await newPage(browser!);
  await page.goto(await linkFromInbox(email, '招待'));
  await page.getByRole('heading', { name: '招待の受諾' }).waitFor();
  await setPasswords(page, FIRST_PASSWORD);
  await page.getByRole('button', { name: 'パスワードを設定' }).click();
  await page.getByText('パスワードを設定しました').waitFor();
  await page.getByRole('link', { name: 'ログイン画面へ' }).click();
  await page.waitForURL(/\/login/);
  await logIn(page, email, FIRST_PASSWORD);
  await page.goto(`${BASE_URL}/me`);
  await page.getByRole('cell', { name: 'E2E建設株式会社' }).waitFor();
});

test('パスワードを忘れた場合: the emailed link sets a new password and ends the old session', async () => {
  const old = await newPage(browser!);
  await logIn(old, email, FIRST_PASSWORD);

  const page = await newPage(browser!);
  await page.goto(`${BASE_URL}/login`);
  await page.getByRole('link', { name: 'パスワードを忘れた場合' }).click();
  await page.getByRole('heading', { name: 'パスワードを忘れた場合' }).waitFor();
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByRole('button', { name: '再設定メールを送信' }).click();
  await page.getByText('受け付けました').waitFor();

  await page.goto(await linkFromInbox(email, 'パスワード再設定'));
  await setPasswords(page, NEW_PASSWORD);
  await page.getByRole('button', { name: 'パスワードを再設定' }).click();
  await page.getByText('パスワードを再設定しました').waitFor();

  // The old session's token is refused: the SPA asks that tab to log in again.
  await old.goto(`${BASE_URL}/me`);
  await old.getByRole('dialog', { name: 'ログインの有効期限が切れました' }).waitFor();
  await logIn(page, email, NEW_PASSWORD);
  expect(new URL(page.url()).pathname).not.toMatch(/^\/login/);
});

test('ユーザー管理 → 招待する: the colleague sets a password from the mail, logs in and is listed', async () => {
  const colleague = `${unique('e2e-colleague-')}@example.com`;
  const admin = await newPage(browser!);
  await logInAsAdmin(admin, '/admin/users');
  await admin.getByRole('heading', { name: 'ユーザー管理' }).waitFor();
  await admin.getByRole('button', { name: '招待する' }).click();
  const dialog = admin.getByRole('dialog', { name: 'ユーザーを招待' });
  await dialog.getByLabel('メールアドレス').fill(colleague);
  await dialog.getByLabel('氏名').fill('同僚 招子');
  await dialog.getByRole('button', { name: '招待メールを送信' }).click();
  await dialog.waitFor({ state: 'detached' });
  const pending = admin.getByRole('region', { name: '招待中' }).getByRole('row', { name: new RegExp(colleague) });
  await pending.waitFor();

  // The arq worker sends it from the mail outbox after the commit.
  const page = await newPage(browser!);
  await page.goto(await linkFromInbox(colleague, '招待'));
  await page.getByRole('heading', { name: '招待の受諾' }).waitFor();
  await setPasswords(page, FIRST_PASSWORD);
  await page.getByRole('button', { name: 'パスワードを設定' }).click();
  await page.getByText('パスワードを設定しました').waitFor();
  await logIn(page, colleague, FIRST_PASSWORD);
  await page.goto(`${BASE_URL}/me`);
  await page.getByRole('cell', { name: colleague }).first().waitFor();

  await admin.reload();
  const listed = admin.getByRole('table', { name: 'ユーザー一覧' }).getByRole('row', { name: new RegExp(colleague) });
  await listed.getByText('有効').waitFor();
  await expect(pending.count()).resolves.toBe(0);
});
