import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { tokenStore } from '@/lib/token-store';
import { renderApp } from '@/testing/render-app';
import { pagination, problem, server } from '@/testing/server';

test('an expired session asks to log in again over the form, and what was typed survives', async () => {
  const user = userEvent.setup();
  let tokenWorks = false;
  server.use(
    http.get('*/api/v1/branches', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.post('*/api/v1/branches', ({ request }) =>
      tokenWorks && request.headers.get('Authorization') === 'Bearer renewed'
        ? HttpResponse.json({ id: 'b1', code: 'KMK', name: '鎌倉支店', display_order: 0 }, { status: 201 })
        : problem(401, 'auth.invalid_token'),
    ),
    http.post('*/api/v1/auth/token', () => {
      tokenWorks = true;
      return HttpResponse.json({ access_token: 'renewed', token_type: 'bearer', expires_in: 28800 });
    }),
  );
  const { router } = await renderApp('/branches');
  await user.click(await screen.findByRole('button', { name: '拠点・支店を追加' }));
  const form = await screen.findByRole('dialog', { name: '拠点・支店の追加' });
  await user.type(within(form).getByLabelText(/拠点・支店コード/), 'KMK');
  await user.type(within(form).getByLabelText(/拠点・支店名/), '鎌倉支店');
  await user.click(within(form).getByRole('button', { name: '登録' }));

  const relogin = await screen.findByRole('dialog', { name: 'ログインの有効期限が切れました' });
  expect(router.state.location.pathname).toBe('/branches');
  expect(within(form).getByLabelText(/拠点・支店名/)).toHaveValue('鎌倉支店');
  expect(within(relogin).getByLabelText('メールアドレス')).toHaveValue('admin@example.jp');

  await user.type(within(relogin).getByLabelText('パスワード'), 'correct horse');
  await user.click(within(relogin).getByRole('button', { name: 'ログイン' }));
  await waitFor(() =>
    expect(screen.queryByRole('dialog', { name: 'ログインの有効期限が切れました' })).not.toBeInTheDocument(),
  );
  expect(tokenStore.get()).toBe('renewed');

  await user.click(within(form).getByRole('button', { name: '登録' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: '拠点・支店の追加' })).not.toBeInTheDocument());
});
