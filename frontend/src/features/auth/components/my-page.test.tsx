import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { tokenStore } from '@/lib/token-store';
import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

async function fillPasswords(current: string, next: string, confirmation: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('現在のパスワード'), current);
  await user.type(screen.getByLabelText(/^新しいパスワード$/), next);
  await user.type(screen.getByLabelText('新しいパスワード(確認)'), confirmation);
  await user.click(screen.getByRole('button', { name: 'パスワードを変更' }));
}

test('マイページ shows the account and changing the password keeps this session', async () => {
  let body: unknown = null;
  server.use(
    http.post('*/api/v1/me/password', async ({ request }) => {
      body = await request.json();
      return HttpResponse.json({ access_token: 'after-change', token_type: 'bearer', expires_in: 28800 });
    }),
  );
  await renderApp('/me');
  expect(await screen.findByText('admin@example.jp')).toBeInTheDocument();
  expect(screen.getByText('管理者')).toBeInTheDocument();

  await fillPasswords('old password 1', 'new password 12', 'new password 12');
  await waitFor(() => expect(tokenStore.get()).toBe('after-change'));
  expect(body).toEqual({ current_password: 'old password 1', new_password: 'new password 12' });
});

test('a mistyped confirmation is caught before sending; a wrong current password is marked', async () => {
  let calls = 0;
  server.use(
    http.post('*/api/v1/me/password', () => {
      calls += 1;
      return problem(422, 'auth.wrong_current_password');
    }),
  );
  await renderApp('/me');
  await fillPasswords('old password 1', 'new password 12', 'new password 13');
  expect(await screen.findByText('新しいパスワードが一致しません。')).toBeInTheDocument();
  expect(calls).toBe(0);

  const user = userEvent.setup();
  const confirmation = screen.getByLabelText('新しいパスワード(確認)');
  await user.clear(confirmation);
  await user.type(confirmation, 'new password 12');
  await user.click(screen.getByRole('button', { name: 'パスワードを変更' }));
  await waitFor(() =>
    expect(screen.getByLabelText('現在のパスワード')).toHaveAccessibleDescription(
      '現在のパスワードが正しくありません。',
    ),
  );
  expect(calls).toBe(1);
  expect(screen.getByLabelText(/^新しいパスワード$/)).toHaveValue('new password 12');
});
