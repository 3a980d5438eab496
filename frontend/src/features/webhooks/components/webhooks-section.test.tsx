import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { pagination, problem, server } from '@/testing/server';

import { ENDPOINT, noApiKeys } from '../testing/fixtures';

test('an endpoint is registered with its events and its signing secret is shown once', async () => {
  const user = userEvent.setup();
  let sent: Record<string, unknown> | null = null;
  let endpoints: unknown[] = [];
  server.use(
    noApiKeys(),
    http.get('*/api/v1/webhooks/endpoints', () =>
      HttpResponse.json({ items: endpoints, pagination: pagination(endpoints.length) }),
    ),
    http.post('*/api/v1/webhooks/endpoints', async ({ request }) => {
      sent = (await request.json()) as Record<string, unknown>;
      if (String(sent.url).startsWith('http://')) {
        return problem(422, 'request.validation', [
          { loc: ['body', 'url'], code: 'webhook.url_refused', message: 'only https' },
        ]);
      }
      endpoints = [ENDPOINT];
      return HttpResponse.json({ ...ENDPOINT, secret: 'whsec_once' }, { status: 201 });
    }),
  );
  await renderApp('/admin/api-keys');
  const section = await screen.findByRole('region', { name: 'Webhook' });
  expect(await within(section).findByText('送信先はまだ登録されていません。')).toBeInTheDocument();
  await user.click(within(section).getByRole('button', { name: '送信先を登録' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: '登録' }));
  expect(await within(dialog).findByText('受け取るイベントを1つ以上選択してください。')).toBeInTheDocument();
  expect(sent).toBeNull();

  await user.type(within(dialog).getByLabelText(/送信先URL/), 'http://partner.example/hooks');
  await user.click(within(dialog).getByLabelText('就業履歴の登録'));
  await user.click(within(dialog).getByRole('button', { name: '登録' }));
  expect(await within(dialog).findByText('送信先URLは https で始まる必要があります。')).toBeInTheDocument();
  expect(within(dialog).getByLabelText(/送信先URL/)).toHaveValue('http://partner.example/hooks');

  await user.clear(within(dialog).getByLabelText(/送信先URL/));
  await user.type(within(dialog).getByLabelText(/送信先URL/), 'https://partner.example/hooks');
  await user.click(within(dialog).getByRole('button', { name: '登録' }));
  expect(await screen.findByTestId('webhook-secret')).toHaveTextContent('whsec_once');
  expect(sent).toEqual({ url: 'https://partner.example/hooks', description: '', event_types: ['work_day.created'] });
  await user.click(screen.getByRole('button', { name: '設定しました。閉じる' }));
  await waitFor(() => expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument());
  expect(await within(section).findByText('https://partner.example/hooks')).toBeInTheDocument();
  expect(screen.queryByText('whsec_once')).not.toBeInTheDocument();
});
