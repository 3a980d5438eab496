import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { renderApp } from '@/testing/render-app';
import { asViewer, pagination, problem, server } from '@/testing/server';

type OutboxEntry = components['schemas']['OutboxEntry'];

const pending: OutboxEntry = {
  id: '00000000-0000-4000-8000-0000000000c1',
  kind: 'work_day',
  entity_id: '00000000-0000-4000-8000-00000000d001',
  status: 'pending',
  scheduled_for: '2024-09-21T17:00:00Z',
  attempts: 0,
  sent_at: null,
  resolved_at: null,
  hold_code: null,
  hold_message: null,
  error_code: null,
  error_message: null,
  advice: null,
  site: { id: '00000000-0000-4000-8000-00000000a001', name: '大磯町道路改良工事', ccus_id: '02139361740172' },
  business: null,
  worker: { id: '00000000-0000-4000-8000-00000000f001', name: '水本 林男', ccus_id: '12304567891234' },
  work_date: '2024-09-21',
};

afterEach(() => vi.restoreAllMocks());

test('lists pending sends with their Japan-time schedule and status', async () => {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/ccus/reservations', ({ request }) => {
      asked.push(new URL(request.url).searchParams);
      return HttpResponse.json({ items: [pending], pagination: pagination(1) });
    }),
  );
  await renderApp('/ccus/reservations?kind=work_day&page=1');
  const table = await screen.findByRole('table', { name: '連携予約一覧' });
  // 17:00Z is 02:00 the next day in Japan.
  expect(within(table).getByText('2024/09/22 02:00')).toBeInTheDocument();
  expect(within(table).getByText('送信待ち')).toBeInTheDocument();
  expect(within(table).getByText('水本 林男')).toBeInTheDocument();
  expect(asked[0]?.get('kind')).toBe('work_day');
  expect(screen.getAllByTestId('page-summary')[0]).toHaveTextContent('(1 件中 1 - 1 件 表示)');
});

test('連携キャンセル asks first, then cancels and refreshes the list', async () => {
  const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
  let cancelled: string | null = null;
  let listCalls = 0;
  server.use(
    http.get('*/api/v1/ccus/reservations', () => {
      listCalls += 1;
      return HttpResponse.json(
        cancelled ? { items: [], pagination: pagination(0) } : { items: [pending], pagination: pagination(1) },
      );
    }),
    http.post('*/api/v1/ccus/reservations/:id/cancel', ({ params }) => {
      cancelled = String(params.id);
      return HttpResponse.json({ ...pending, status: 'cancelled' });
    }),
  );
  const user = userEvent.setup();
  await renderApp('/ccus/reservations');
  await user.click(await screen.findByRole('button', { name: '連携キャンセル' }));

  expect(confirm).toHaveBeenCalled();
  await waitFor(() => expect(cancelled).toBe(pending.id));
  expect(await screen.findByText('送信待ちの連携はありません。')).toBeInTheDocument();
  expect(listCalls).toBeGreaterThan(1);
});

test('nothing is sent when the confirm is declined', async () => {
  vi.spyOn(window, 'confirm').mockReturnValue(false);
  let posted = false;
  server.use(
    http.get('*/api/v1/ccus/reservations', () => HttpResponse.json({ items: [pending], pagination: pagination(1) })),
    http.post('*/api/v1/ccus/reservations/:id/cancel', () => {
      posted = true;
      return HttpResponse.json(pending);
    }),
  );
  const user = userEvent.setup();
  await renderApp('/ccus/reservations');
  await user.click(await screen.findByRole('button', { name: '連携キャンセル' }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(posted).toBe(false);
});

test('a send that already went out cannot be cancelled, and says so in Japanese', async () => {
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  server.use(
    http.get('*/api/v1/ccus/reservations', () => HttpResponse.json({ items: [pending], pagination: pagination(1) })),
    http.post('*/api/v1/ccus/reservations/:id/cancel', () => problem(409, 'ccus.not_pending')),
  );
  const user = userEvent.setup();
  await renderApp('/ccus/reservations');
  await user.click(await screen.findByRole('button', { name: '連携キャンセル' }));
  expect(await screen.findByText('この連携は既に送信済みか取り消し済みです。')).toBeInTheDocument();
});

test('the kind filter goes to the URL and the API; pages too', async () => {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/ccus/reservations', ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query);
      const page = Number(query.get('page') ?? '1');
      return HttpResponse.json({
        items: [{ ...pending, id: `00000000-0000-4000-8000-00000000000${page}` }],
        pagination: pagination(40, page),
      });
    }),
  );
  const user = userEvent.setup();
  const { router } = await renderApp('/ccus/reservations');
  await screen.findByRole('table', { name: '連携予約一覧' });
  await user.click(screen.getByLabelText('種別', { selector: 'input' }));
  await user.click(await screen.findByRole('option', { name: '技能者情報' }));
  await user.click(screen.getByRole('button', { name: '検索' }));
  await waitFor(() => expect(router.state.location.search).toMatchObject({ kind: 'worker' }));
  await waitFor(() => expect(asked.at(-1)?.get('kind')).toBe('worker'));

  await user.click(screen.getAllByRole('button', { name: '2' })[0]!);
  await waitFor(() => expect(router.state.location.search).toMatchObject({ kind: 'worker', page: 2 }));
  await waitFor(() => expect(asked.at(-1)?.get('page')).toBe('2'));
});

test('a viewer sees pending sends but cannot cancel them', async () => {
  server.use(
    asViewer,
    http.get('*/api/v1/ccus/reservations', () => HttpResponse.json({ items: [pending], pagination: pagination(1) })),
  );
  await renderApp('/ccus/reservations');
  const table = await screen.findByRole('table', { name: '連携予約一覧' });
  expect(within(table).getByText('水本 林男')).toBeInTheDocument();
  expect(within(table).queryByRole('button', { name: '連携キャンセル' })).not.toBeInTheDocument();
});
