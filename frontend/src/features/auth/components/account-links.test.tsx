import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';

async function typePasswords(password: string, confirmation = password) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/^新しいパスワード$/), password);
  await user.type(screen.getByLabelText('新しいパスワード(確認)'), confirmation);
  return user;
}

test('招待: the token from the link and the new password are sent; then ログイン is offered', async () => {
  let sent: unknown = null;
  server.use(
    http.post('*/api/v1/auth/invitations/accept', async ({ request }) => {
      sent = await request.json();
      return new HttpResponse(null, { status: 204 });
    }),
  );
  await renderApp(`/invitation#token=${TOKEN}`, { loggedIn: false });
  const user = await typePasswords('my first password');
  await user.click(screen.getByRole('button', { name: 'パスワードを設定' }));
  expect(await screen.findByText('パスワードを設定しました')).toBeInTheDocument();
  expect(sent).toEqual({ token: TOKEN, password: 'my first password' });
});

test('パスワード再設定: a used link is explained in Japanese', async () => {
  server.use(http.post('*/api/v1/auth/password-reset/confirm', () => problem(400, 'account.link_used')));
  await renderApp(`/reset-password#token=${TOKEN}`, { loggedIn: false });
  const user = await typePasswords('another password');
  await user.click(screen.getByRole('button', { name: 'パスワードを再設定' }));
  expect(await screen.findByText('このリンクは既に使用されています。')).toBeInTheDocument();
});

test('a mistyped confirmation is caught before anything is sent', async () => {
  let called = false;
  server.use(
    http.post('*/api/v1/auth/password-reset/confirm', () => {
      called = true;
      return new HttpResponse(null, { status: 204 });
    }),
  );
  await renderApp(`/reset-password#token=${TOKEN}`, { loggedIn: false });
  const user = await typePasswords('another password', 'another passw0rd');
  await user.click(screen.getByRole('button', { name: 'パスワードを再設定' }));
  expect(await screen.findByText('パスワードが一致しません。')).toBeInTheDocument();
  expect(called).toBe(false);
});

test('パスワードを忘れた場合 shows the server’s one answer', async () => {
  const answer = '該当するアカウントがあれば、パスワード再設定のメールを送信しました。';
  server.use(http.post('*/api/v1/auth/password-reset', () => HttpResponse.json({ detail: answer }, { status: 202 })));
  const { router } = await renderApp('/login', { loggedIn: false });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('link', { name: 'パスワードを忘れた場合' }));
  await waitFor(() => expect(router.state.location.pathname).toBe('/forgot-password'));
  await screen.findByRole('heading', { name: 'パスワードを忘れた場合' });
  await user.type(await screen.findByLabelText('メールアドレス'), 'someone@example.jp');
  await user.click(screen.getByRole('button', { name: '再設定メールを送信' }));
  expect(await screen.findByText(answer)).toBeInTheDocument();
});

test('one password for two companies: ログイン asks which, then sends its code', async () => {
  const forms: URLSearchParams[] = [];
  server.use(
    http.post('*/api/v1/auth/token', async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      forms.push(form);
      if (!form.get('tenant')) {
        return problem(409, 'auth.tenant_required', [
          { loc: ['body', 'tenant'], code: 'tenant.choice', message: 'kou 甲建設' },
          { loc: ['body', 'tenant'], code: 'tenant.choice', message: 'otsu 乙工業' },
        ]);
      }
      return HttpResponse.json({ access_token: 't', token_type: 'bearer', expires_in: 60 });
    }),
  );
  await renderApp('/login', { loggedIn: false });
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('メールアドレス'), 'both@example.jp');
  await user.type(screen.getByLabelText('パスワード'), 'shared password');
  await user.click(screen.getByRole('button', { name: 'ログイン' }));
  await user.click(await screen.findByRole('combobox', { name: '会社' }));
  await user.click(await screen.findByRole('option', { name: '乙工業' }));
  await user.click(screen.getByRole('button', { name: 'ログイン' }));
  await waitFor(() => expect(forms).toHaveLength(2));
  expect(forms[1]!.get('tenant')).toBe('otsu');
});

test('ログイン中の端末: another session is ended from マイページ', async () => {
  let ended: string | null = null;
  server.use(
    http.get('*/api/v1/me/sessions', () =>
      HttpResponse.json([
        {
          id: 's-this',
          user_agent: 'Desk',
          client_address: '10.0.0.1',
          created_at: '2026-11-30T00:00:00Z',
          last_seen_at: '2026-11-30T00:00:00Z',
          current: true,
        },
        {
          id: 's-phone',
          user_agent: 'Phone',
          client_address: '10.0.0.2',
          created_at: '2026-11-29T00:00:00Z',
          last_seen_at: '2026-11-29T00:00:00Z',
          current: false,
        },
      ]),
    ),
    http.delete('*/api/v1/me/sessions/:id', ({ params }) => {
      ended = params.id as string;
      return new HttpResponse(null, { status: 204 });
    }),
  );
  await renderApp('/me');
  const user = userEvent.setup();
  expect(await screen.findByText('この端末')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'ログアウトさせる' }));
  await waitFor(() => expect(ended).toBe('s-phone'));
});
