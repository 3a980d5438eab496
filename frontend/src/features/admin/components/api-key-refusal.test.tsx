import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

const SITE = { id: 'site-1', code: '230001D', name: '三崎港' };

test("the server's refusal of a key's site is shown next to 現場", async () => {
  const user = userEvent.setup();
  server.use(
    http.get('*/api/v1/sites', () => HttpResponse.json({ items: [SITE], pagination: pagination(1) })),
    http.get('*/api/v1/api-keys', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.post('*/api/v1/api-keys', () =>
      HttpResponse.json(
        {
          type: 'urn:genba:problem:request.validation',
          title: 'Invalid input',
          status: 422,
          detail: 'The request has invalid fields; see errors.',
          code: 'request.validation',
          errors: [{ loc: ['body', 'site_ids'], code: 'api_key.sites_required', message: 'x' }],
          request_id: 'r1',
        },
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  );
  await renderApp('/admin/api-keys');
  await user.click(await screen.findByRole('button', { name: 'APIキーを発行' }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByLabelText(/名前/), 'ゲート2');
  await user.click(within(dialog).getByPlaceholderText('現場を選択'));
  await user.click(await screen.findByRole('option', { name: '230001D 三崎港' }));
  await user.click(within(dialog).getByRole('button', { name: '発行' }));
  const site = within(dialog).getByPlaceholderText('現場を選択');
  await waitFor(() => expect(site).toHaveAccessibleDescription('端末キーには現場を1つ以上選択してください。'));
});
