import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

import { ENDPOINT, noApiKeys } from '../testing/fixtures';

const DELIVERY = {
  id: 'd1',
  created_at: '2026-11-25T00:00:00Z',
  updated_at: '2026-11-25T00:00:01Z',
  event_id: 'ev-0193',
  event_type: 'work_day.created',
  endpoint_id: 'wh1',
  status: 'pending',
  attempts: 2,
  next_attempt_at: '2026-11-25T00:01:00Z',
  last_status_code: 500,
  last_latency_ms: 42,
  last_error: null,
  delivered_at: null,
};

test('the delivery log shows each try and sends a delivery again; a test event can be sent', async () => {
  const user = userEvent.setup();
  const calls: string[] = [];
  server.use(
    noApiKeys(),
    http.get('*/api/v1/webhooks/endpoints', () => HttpResponse.json({ items: [ENDPOINT], pagination: pagination(1) })),
    http.get('*/api/v1/webhooks/endpoints/wh1/deliveries', () =>
      HttpResponse.json({ items: [DELIVERY], pagination: pagination(1) }),
    ),
    http.post('*/api/v1/webhooks/endpoints/wh1/test', () => {
      calls.push('test');
      return HttpResponse.json({ event_id: 'ev-test' }, { status: 202 });
    }),
    http.post('*/api/v1/webhooks/deliveries/d1/redeliver', () => {
      calls.push('redeliver');
      return new HttpResponse(null, { status: 202 });
    }),
  );
  await renderApp('/admin/api-keys');
  const section = await screen.findByRole('region', { name: 'Webhook' });
  await user.click(await within(section).findByRole('button', { name: 'テスト送信' }));
  await waitFor(() => expect(calls).toEqual(['test']));

  await user.click(within(section).getByRole('button', { name: '送信履歴' }));
  const dialog = await screen.findByRole('dialog');
  const row = (await within(dialog).findByText('ev-0193')).closest('tr') as HTMLElement;
  expect(within(row).getByText('就業履歴の登録')).toBeInTheDocument();
  expect(within(row).getByText('再送待ち')).toBeInTheDocument();
  expect(within(row).getByText('2 回')).toBeInTheDocument();
  expect(within(row).getByText('500')).toBeInTheDocument();
  expect(within(row).getByText('42 ms')).toBeInTheDocument();
  await user.click(within(row).getByRole('button', { name: '再送' }));
  await waitFor(() => expect(calls).toEqual(['test', 'redeliver']));
});
