import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

type OutboxEntry = components['schemas']['OutboxEntry'];

const BUSINESS_ID = '00000000-0000-4000-8000-00000000b004';
// A correct day of a subcontractor without 事業者ID: held by genba, not refused by CCUS.
const held: OutboxEntry = {
  id: '00000000-0000-4000-8000-0000000000e2',
  kind: 'structure',
  entity_id: '00000000-0000-4000-8000-00000000a001',
  status: 'held',
  scheduled_for: '2024-09-20T17:00:00Z',
  attempts: 0,
  sent_at: null,
  resolved_at: '2024-09-21T01:00:00Z',
  hold_code: 'GENB0002E',
  hold_message: '事業者IDが設定されていません。',
  error_code: null,
  error_message: null,
  advice: 'CCUS事業者IDを登録してください。',
  branch: { id: '00000000-0000-4000-8000-00000000c002', name: '神奈川支店', ccus_id: null },
  site: { id: '00000000-0000-4000-8000-00000000a001', name: '大磯工浚渫工事', ccus_id: '02139361740172' },
  business: { id: BUSINESS_ID, name: '(株)水本鉄筋工業', ccus_id: null },
  worker: { id: '00000000-0000-4000-8000-00000000f002', name: '水本 小鉄', ccus_id: '98000000000001' },
  work_date: '2024-09-04',
};

test('held rows are counted and shown as 保留, never 失敗, and a 施工体制 row names whose it is', async () => {
  server.use(
    http.get('*/api/v1/ccus/results', () =>
      HttpResponse.json([
        { day: '2024-09-21', kinds: { structure: { processed: 1, succeeded: 0, failed: 0, held: 1 } } },
      ]),
    ),
    http.get('*/api/v1/ccus/results/failures', () => HttpResponse.json({ items: [held], pagination: pagination(1) })),
  );
  const user = userEvent.setup();
  await renderApp('/ccus/results?date_from=2024-09-15&date_to=2024-09-21');
  expect(screen.queryByRole('link', { name: /失敗/ })).not.toBeInTheDocument();
  await user.click(await screen.findByRole('link', { name: '2024/09/21 施工体制 保留 1 件' }));

  const table = await screen.findByRole('table', { name: '連携エラー' });
  const row = within(table).getAllByRole('row')[1];
  if (!row) throw new Error('no row');
  for (const text of [
    '神奈川支店',
    '大磯工浚渫工事',
    '02139361740172',
    '(株)水本鉄筋工業',
    '水本 小鉄',
    '98000000000001',
    '2024/09/04',
    'GENB0002E',
  ]) {
    expect(within(row).getByText(text)).toBeInTheDocument();
  }
  expect(within(row).getByText('保留')).toBeInTheDocument();
  expect(within(row).queryByText('失敗')).not.toBeInTheDocument();
  const fix = within(row).getByRole('link', { name: '事業者を修正' });
  expect(fix.getAttribute('href')).toContain(`/businesses/${BUSINESS_ID}/edit?fix=${held.id}`);
});

test('filters live in the URL and go to the API; 再送 of the selection sends the same filter once', async () => {
  const asked: URLSearchParams[] = [];
  const bulk: unknown[] = [];
  server.use(
    http.get('*/api/v1/ccus/results', () => HttpResponse.json([])),
    http.get('*/api/v1/ccus/results/failures', ({ request }) => {
      asked.push(new URL(request.url).searchParams);
      return HttpResponse.json({ items: [held], pagination: pagination(1) });
    }),
    http.post('*/api/v1/ccus/outbox/resend', async ({ request }) => {
      bulk.push(await request.json());
      return HttpResponse.json({ requeued: 1 });
    }),
  );
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  const user = userEvent.setup();
  const { router } = await renderApp('/ccus/results?failures=1');
  await screen.findByRole('table', { name: '連携エラー' });
  const form = screen.getByRole('form', { name: '連携エラーの絞り込み' });
  await user.type(within(form).getByLabelText('エラーコード'), 'GENB0002E');
  await user.type(within(form).getByLabelText('入退場日(から)'), '2024-09-01');
  await user.click(within(form).getByRole('button', { name: '絞り込む' }));

  await waitFor(() =>
    expect(router.state.location.search).toMatchObject({ failures: 1, code: 'GENB0002E', work_from: '2024-09-01' }),
  );
  await waitFor(() => expect(asked.at(-1)?.get('code')).toBe('GENB0002E'));
  expect(asked.at(-1)?.get('date_from')).toBe('2024-09-01');

  await user.click(await screen.findByRole('button', { name: '絞り込んだ 1 件を再送' }));
  await waitFor(() => expect(bulk).toEqual([{ filter: { code: 'GENB0002E', date_from: '2024-09-01' } }]));
});
