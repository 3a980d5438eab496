import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

import { USER, usersHandlers } from '../testing/users';

test('a taken email is marked on the field and the typed values stay', async () => {
  const user = userEvent.setup();
  server.use(
    ...usersHandlers(),
    http.post('*/api/v1/users', () =>
      problem(409, 'user.email_taken', [{ loc: ['body', 'email'], code: 'user.email_taken', message: 'taken' }]),
    ),
  );
  await renderApp('/admin/users');
  expect(await screen.findByText('佐藤 花子')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'ユーザーを追加' }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByLabelText(/メールアドレス/), 'sato@example.jp');
  await user.type(within(dialog).getByLabelText(/氏名/), '佐藤 次郎');
  await user.type(within(dialog).getByLabelText(/初期パスワード/), 'long enough 1');
  await user.click(within(dialog).getByRole('button', { name: '登録' }));
  await waitFor(() =>
    expect(within(dialog).getByLabelText(/メールアドレス/)).toHaveAccessibleDescription(
      'このメールアドレスは既に使われています。',
    ),
  );
  expect(within(dialog).getByLabelText(/氏名/)).toHaveValue('佐藤 次郎');
});

test('deactivating a user sends only the account settings, not an empty password', async () => {
  const user = userEvent.setup();
  let body: Record<string, unknown> | null = null;
  server.use(
    ...usersHandlers(),
    http.patch('*/api/v1/users/u2', async ({ request }) => {
      body = (await request.json()) as Record<string, unknown>;
      return HttpResponse.json({ ...USER, is_active: false });
    }),
  );
  await renderApp('/admin/users');
  await user.click(await screen.findByRole('button', { name: '編集' }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByLabelText(/メールアドレス/)).toBeDisabled();
  await user.click(within(dialog).getByLabelText('有効'));
  await user.click(within(dialog).getByRole('button', { name: '更新' }));
  await waitFor(() => expect(body).not.toBeNull());
  expect(body).toEqual({ name: '佐藤 花子', role: 'staff', is_active: false, branch_ids: [] });
});

test('a new user is sent with the 権限 chosen', async () => {
  const user = userEvent.setup();
  let body: Record<string, unknown> | null = null;
  server.use(
    ...usersHandlers(),
    http.post('*/api/v1/users', async ({ request }) => {
      body = (await request.json()) as Record<string, unknown>;
      return HttpResponse.json({ ...USER, id: 'u5', role: 'admin' }, { status: 201 });
    }),
  );
  await renderApp('/admin/users');
  await user.click(await screen.findByRole('button', { name: 'ユーザーを追加' }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByLabelText(/メールアドレス/)).toBeEnabled();
  await user.type(within(dialog).getByLabelText(/メールアドレス/), 'kimura@example.jp');
  await user.type(within(dialog).getByLabelText(/氏名/), '木村 四郎');
  await user.click(within(dialog).getByRole('combobox', { name: '権限' }));
  await user.click(await screen.findByRole('option', { name: '管理者' }));
  await user.type(within(dialog).getByLabelText(/初期パスワード/), 'long enough 1');
  await user.click(within(dialog).getByRole('button', { name: '登録' }));
  await waitFor(() => expect(body).not.toBeNull());
  expect(body).toEqual({
    email: 'kimura@example.jp',
    name: '木村 四郎',
    role: 'admin',
    password: 'long enough 1',
    branch_ids: [],
  });
});
