import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

const SITE = { id: 'site-1', code: '230001D', name: '三崎港' };

function sitesHandler() {
  return http.get('*/api/v1/sites', () => HttpResponse.json({ items: [SITE], pagination: pagination(1) }));
}

test('a terminal key is issued for one site and its secret is shown once', async () => {
  const user = userEvent.setup();
  let sent: Record<string, unknown> | null = null;
  let keys: unknown[] = [];
  server.use(
    sitesHandler(),
    http.get('*/api/v1/api-keys', () => HttpResponse.json({ items: keys, pagination: pagination(keys.length) })),
    http.post('*/api/v1/api-keys', async ({ request }) => {
      sent = (await request.json()) as Record<string, unknown>;
      const stored = {
        id: 'k1',
        created_at: '2026-11-25T00:00:00Z',
        updated_at: '2026-11-25T00:00:00Z',
        name: 'ゲート1',
        kind: 'terminal',
        prefix: 'gk_ab12',
        scopes: [],
        site_ids: ['site-1'],
        last_used_at: null,
        expires_at: null,
        revoked_at: null,
      };
      keys = [stored];
      return HttpResponse.json({ ...stored, key: 'gk_ab12.s3cr3t-once' }, { status: 201 });
    }),
  );
  await renderApp('/admin/api-keys');
  expect(await screen.findByText('APIキーはまだ発行されていません。')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'APIキーを発行' }));
  const dialog = await screen.findByRole('dialog');

  await user.click(within(dialog).getByRole('button', { name: '発行' }));
  expect(await within(dialog).findByText('端末を設置する現場を選択してください。')).toBeInTheDocument();
  expect(sent).toBeNull();

  await user.type(within(dialog).getByLabelText(/名前/), 'ゲート1');
  await user.click(within(dialog).getByPlaceholderText('現場を選択'));
  await user.click(await screen.findByRole('option', { name: '230001D 三崎港' }));
  await user.click(within(dialog).getByRole('button', { name: '発行' }));

  expect(await screen.findByTestId('api-key-secret')).toHaveTextContent('gk_ab12.s3cr3t-once');
  expect(sent).toEqual({ name: 'ゲート1', kind: 'terminal', site_ids: ['site-1'], scopes: [], expires_at: null });

  await user.click(screen.getByRole('button', { name: '設定しました。閉じる' }));
  await waitFor(() => expect(screen.queryByTestId('api-key-secret')).not.toBeInTheDocument());
  // The list shows only the prefix; the secret is gone for good.
  expect(await screen.findByText('gk_ab12…')).toBeInTheDocument();
  expect(screen.queryByText(/s3cr3t-once/)).not.toBeInTheDocument();
});

test('a partner key needs at least one scope', async () => {
  const user = userEvent.setup();
  server.use(
    sitesHandler(),
    http.get('*/api/v1/api-keys', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
  );
  await renderApp('/admin/api-keys');
  await user.click(await screen.findByRole('button', { name: 'APIキーを発行' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByText('連携パートナー'));
  await user.type(within(dialog).getByLabelText(/名前/), '給与システム');
  await user.click(within(dialog).getByRole('button', { name: '発行' }));
  expect(await within(dialog).findByText('許可する範囲を1つ以上選択してください。')).toBeInTheDocument();
});
