import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { tokenStore } from '@/lib/token-store';
import { renderApp } from '@/testing/render-app';
import { pagination, problem, server } from '@/testing/server';

import { safeRedirect } from './login-page';

test('a staff screen without a token sends the user to ログイン, then back where they were', async () => {
  const user = userEvent.setup();
  let form: URLSearchParams | null = null;
  server.use(
    http.post('*/api/v1/auth/token', async ({ request }) => {
      form = new URLSearchParams(await request.text());
      return HttpResponse.json({ access_token: 'fresh-token', token_type: 'bearer', expires_in: 28800 });
    }),
    http.get('*/api/v1/branches', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
  );
  const { router } = await renderApp('/branches', { loggedIn: false });
  await waitFor(() => expect(router.state.location.pathname).toBe('/login'));

  await user.type(screen.getByLabelText('メールアドレス'), 'admin@example.jp');
  await user.type(screen.getByLabelText('パスワード'), 'correct horse');
  await user.click(screen.getByRole('button', { name: 'ログイン' }));

  await waitFor(() => expect(router.state.location.pathname).toBe('/branches'));
  expect(form!.get('username')).toBe('admin@example.jp');
  expect(form!.get('password')).toBe('correct horse');
  expect(tokenStore.get()).toBe('fresh-token');
});

test('wrong credentials are explained in Japanese and the email stays', async () => {
  const user = userEvent.setup();
  server.use(http.post('*/api/v1/auth/token', () => problem(401, 'auth.invalid_credentials')));
  await renderApp('/login', { loggedIn: false });
  await user.type(screen.getByLabelText('メールアドレス'), 'admin@example.jp');
  await user.type(screen.getByLabelText('パスワード'), 'wrong');
  await user.click(screen.getByRole('button', { name: 'ログイン' }));
  expect(await screen.findByText('メールアドレスまたはパスワードが正しくありません。')).toBeInTheDocument();
  expect(screen.getByLabelText('メールアドレス')).toHaveValue('admin@example.jp');
  expect(tokenStore.get()).toBeNull();
});

test('ログアウト leaves for ログイン and forgets the token', async () => {
  const user = userEvent.setup();
  server.use(http.get('*/api/v1/branches', () => HttpResponse.json({ items: [], pagination: pagination(0) })));
  const { router } = await renderApp('/branches');
  await user.click(await screen.findByRole('button', { name: 'アカウント' }));
  await user.click(await screen.findByRole('menuitem', { name: 'ログアウト' }));
  await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  expect(tokenStore.get()).toBeNull();
});

test('redirects stay on this site', () => {
  expect(safeRedirect('/sites?page=2')).toBe('/sites?page=2');
  expect(safeRedirect('//evil.example/')).toBe('/');
  expect(safeRedirect('https://evil.example/')).toBe('/');
  expect(safeRedirect('/login')).toBe('/');
  expect(safeRedirect(undefined)).toBe('/');
});

test('every control of ログイン is named in Japanese, the password eye included', async () => {
  const user = userEvent.setup();
  await renderApp('/login', { loggedIn: false });
  const password = await screen.findByLabelText('パスワード');
  const eye = screen.getByRole('button', { name: '入力した文字を表示' });
  for (const control of [...screen.getAllByRole('textbox'), password, ...screen.getAllByRole('button')]) {
    expect(control).toHaveAccessibleName(/^[^A-Za-z]+$/);
  }
  await user.click(eye);
  expect(password).toHaveAttribute('type', 'text');
});
