import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

import { USER, usersHandlers } from '../../testing/users';

const PENDING = {
  user_id: 'u3',
  email: 'tanaka@example.jp',
  name: '田中 一郎',
  role: 'viewer',
  invited_at: '2026-11-20T00:00:00Z',
  expires_at: '2026-11-23T00:00:00Z',
  expired: true,
  mail_status: 'failed',
};

test('招待する sends the email, name and role; the form closes', async () => {
  const user = userEvent.setup();
  let body: Record<string, unknown> | null = null;
  server.use(
    ...usersHandlers(),
    http.post('*/api/v1/users/invitations', async ({ request }) => {
      body = (await request.json()) as Record<string, unknown>;
      return HttpResponse.json(
        { ...USER, id: 'u4', email: 'new@example.jp', invitation_pending: true },
        { status: 201 },
      );
    }),
  );
  await renderApp('/admin/users');
  await user.click(await screen.findByRole('button', { name: '招待する' }));
  const dialog = await screen.findByRole('dialog', { name: 'ユーザーを招待' });
  await user.type(within(dialog).getByLabelText(/メールアドレス/), 'new@example.jp');
  await user.type(within(dialog).getByLabelText(/氏名/), '新人 三郎');
  await user.click(within(dialog).getByRole('combobox', { name: '権限' }));
  await user.click(await screen.findByRole('option', { name: '閲覧者' }));
  await user.click(within(dialog).getByRole('button', { name: '招待メールを送信' }));
  await waitFor(() => expect(body).toEqual({ email: 'new@example.jp', name: '新人 三郎', role: 'viewer' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'ユーザーを招待' })).not.toBeInTheDocument());
});

test('招待中 shows an expired link and a failed mail; 再送 and 取り消し call the API', async () => {
  const user = userEvent.setup();
  const called: string[] = [];
  server.use(
    ...usersHandlers(),
    http.get('*/api/v1/users/invitations', () => HttpResponse.json(called.includes('DELETE') ? [] : [PENDING])),
    http.post('*/api/v1/users/invitations/u3/resend', () => {
      called.push('resend');
      return HttpResponse.json({ detail: '招待メールを再送しました。' }, { status: 202 });
    }),
    http.delete('*/api/v1/users/invitations/u3', () => {
      called.push('DELETE');
      return new HttpResponse(null, { status: 204 });
    }),
  );
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  await renderApp('/admin/users');
  const section = await screen.findByRole('region', { name: '招待中' });
  expect(await within(section).findByText('田中 一郎')).toBeInTheDocument();
  expect(within(section).getByText('期限切れ')).toBeInTheDocument();
  expect(within(section).getByText('送信失敗')).toBeInTheDocument();
  await user.click(within(section).getByRole('button', { name: '再送' }));
  await waitFor(() => expect(called).toEqual(['resend']));
  await user.click(within(section).getByRole('button', { name: '取り消し' }));
  await waitFor(() => expect(called).toEqual(['resend', 'DELETE']));
  expect(await within(section).findByText('招待中のユーザーはいません。')).toBeInTheDocument();
});

test('a user who has not accepted an invitation shows 招待中 in the list', async () => {
  server.use(
    http.get('*/api/v1/users', () =>
      HttpResponse.json({ items: [{ ...USER, invitation_pending: true }], pagination: pagination(1) }),
    ),
    http.get('*/api/v1/branches', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
  );
  await renderApp('/admin/users');
  const list = await screen.findByRole('table', { name: 'ユーザー一覧' });
  expect(await within(list).findByText('招待中')).toBeInTheDocument();
});
