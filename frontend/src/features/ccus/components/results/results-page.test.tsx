import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { renderApp } from '@/testing/render-app';
import { asViewer, pagination, problem, server } from '@/testing/server';

type OutboxEntry = components['schemas']['OutboxEntry'];

const WORKER_ID = '00000000-0000-4000-8000-00000000f001';
const WORK_DAY_ID = '00000000-0000-4000-8000-00000000d001';

const failure: OutboxEntry = {
  id: '00000000-0000-4000-8000-0000000000e1',
  kind: 'work_day',
  entity_id: WORK_DAY_ID,
  status: 'rejected',
  scheduled_for: '2024-09-20T17:00:00Z',
  attempts: 1,
  sent_at: '2024-09-20T17:00:00Z',
  resolved_at: '2024-09-21T01:00:00Z',
  hold_code: null,
  hold_message: null,
  error_code: 'DATK0408E',
  error_message:
    '就業履歴情報の登録に失敗しました。エラー発生箇所：ユーザID:19869311056822、現場ID:02139361740172、技能者ID:12304567891234、技能者IDに紐付く技能者情報が存在しません。',
  advice:
    '技能者IDが間違っています。下請の技能者に技能者IDを確認の上、技能者情報（技能者ID）を更新し、再度CCUSに就業履歴を送信してください。',
  branch: { id: '00000000-0000-4000-8000-00000000c001', name: '本社', ccus_id: null },
  site: { id: '00000000-0000-4000-8000-00000000a001', name: '令和6年度 大磯町道路改良工事', ccus_id: '02139361740172' },
  business: { id: '00000000-0000-4000-8000-00000000b001', name: 'コムテックス株式会社', ccus_id: '19869311056822' },
  worker: { id: WORKER_ID, name: '水本 林男', ccus_id: '12304567891234' },
  work_date: '2024-09-04',
};

const days = [
  {
    day: '2024-09-26',
    kinds: {
      site: { processed: 1, succeeded: 1, failed: 0 },
      business: { processed: 2, succeeded: 1, failed: 1 },
    },
  },
  { day: '2024-09-21', kinds: { work_day: { processed: 1, succeeded: 0, failed: 1 } } },
];

test('the counts table asks for the URL period and, by default, the last seven days', async () => {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/ccus/results', ({ request }) => {
      asked.push(new URL(request.url).searchParams);
      return HttpResponse.json(days);
    }),
  );
  const user = userEvent.setup();
  const { router } = await renderApp('/ccus/results');
  const table = await screen.findByRole('table', { name: 'CCUS連携結果一覧' });
  expect(within(table).getByText('2024/09/26')).toBeInTheDocument();
  expect(within(table).getByText('就業履歴')).toBeInTheDocument();
  expect(within(table).getByText('施工体制')).toBeInTheDocument();
  const first = asked[0];
  expect(first?.get('date_from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(first?.get('date_to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const from = screen.getByLabelText('連携日(開始)');
  await user.clear(from);
  await user.type(from, '2024-09-21');
  const to = screen.getByLabelText('連携日(終了)');
  await user.clear(to);
  await user.type(to, '2024-09-27');
  await user.click(screen.getByRole('button', { name: '検索' }));

  await waitFor(() =>
    expect(router.state.location.search).toMatchObject({ date_from: '2024-09-21', date_to: '2024-09-27' }),
  );
  await waitFor(() => expect(asked.at(-1)?.get('date_from')).toBe('2024-09-21'));
  expect(asked.at(-1)?.get('date_to')).toBe('2024-09-27');
});

test('a period ending before it starts is refused before searching', async () => {
  server.use(http.get('*/api/v1/ccus/results', () => HttpResponse.json(days)));
  const user = userEvent.setup();
  const { router } = await renderApp('/ccus/results?date_from=2024-09-21&date_to=2024-09-27');
  await screen.findByRole('table', { name: 'CCUS連携結果一覧' });
  const to = screen.getByLabelText('連携日(終了)');
  await user.clear(to);
  await user.type(to, '2024-09-01');
  await user.click(screen.getByRole('button', { name: '検索' }));
  expect(await screen.findByText('終了日は開始日以降にしてください。')).toBeInTheDocument();
  expect(router.state.location.search).toMatchObject({ date_to: '2024-09-27' });
});

test('clicking a 失敗 count puts day and kind in the URL and lists the failures with a link to fix the worker', async () => {
  const failureQueries: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/ccus/results', () => HttpResponse.json(days)),
    http.get('*/api/v1/ccus/results/failures', ({ request }) => {
      failureQueries.push(new URL(request.url).searchParams);
      return HttpResponse.json({ items: [failure], pagination: pagination(1) });
    }),
  );
  const user = userEvent.setup();
  const { router } = await renderApp('/ccus/results?date_from=2024-09-21&date_to=2024-09-27');
  await user.click(await screen.findByRole('link', { name: '2024/09/21 就業履歴 失敗 1 件' }));

  await waitFor(() => expect(router.state.location.search).toMatchObject({ day: '2024-09-21', kind: 'work_day' }));
  const failures = await screen.findByRole('table', { name: '連携エラー' });
  expect(within(failures).getByText('DATK0408E')).toBeInTheDocument();
  expect(within(failures).getByText(/技能者IDに紐付く技能者情報が存在しません/)).toBeInTheDocument();
  expect(within(failures).getByText(/対応方法：技能者IDが間違っています/)).toBeInTheDocument();
  expect(within(failures).getByText('水本 林男')).toBeInTheDocument();
  // The fix link opens the worker with this error and comes back to this list.
  const fix = new URL(
    within(failures).getByRole('link', { name: '技能者を修正' }).getAttribute('href') ?? '',
    'http://x',
  );
  expect(fix.pathname).toBe(`/workers/${WORKER_ID}/edit`);
  expect(fix.searchParams.get('fix')).toBe(failure.id);
  expect(fix.searchParams.get('return')).toMatch(/^\/ccus\/results\?.*day=2024-09-21/);
  expect(within(failures).getByRole('link', { name: '就業履歴を修正' })).toHaveAttribute(
    'href',
    `/attendance/${WORK_DAY_ID}`,
  );
  expect(failureQueries.at(-1)?.get('day')).toBe('2024-09-21');
  expect(failureQueries.at(-1)?.get('kind')).toBe('work_day');
});

test('再送 posts the send and refreshes the failures and counts', async () => {
  let resent: string | null = null;
  let failureCalls = 0;
  let resultCalls = 0;
  server.use(
    http.get('*/api/v1/ccus/results', () => {
      resultCalls += 1;
      return HttpResponse.json(days);
    }),
    http.get('*/api/v1/ccus/results/failures', () => {
      failureCalls += 1;
      return HttpResponse.json({ items: [failure], pagination: pagination(1) });
    }),
    http.post('*/api/v1/ccus/outbox/:id/resend', ({ params }) => {
      resent = String(params.id);
      return HttpResponse.json({ ...failure, status: 'pending', error_code: null }, { status: 201 });
    }),
  );
  const user = userEvent.setup();
  await renderApp('/ccus/results?day=2024-09-21&kind=work_day');
  const failures = await screen.findByRole('table', { name: '連携エラー' });
  const before = { failureCalls, resultCalls };
  await user.click(within(failures).getByRole('button', { name: '再送' }));

  await waitFor(() => expect(resent).toBe(failure.id));
  await waitFor(() => expect(failureCalls).toBeGreaterThan(before.failureCalls));
  expect(resultCalls).toBeGreaterThan(before.resultCalls);
  expect(await screen.findByText(/再送しました/)).toBeInTheDocument();
});

test('a refused 再送 says why in Japanese', async () => {
  server.use(
    http.get('*/api/v1/ccus/results', () => HttpResponse.json(days)),
    http.get('*/api/v1/ccus/results/failures', () =>
      HttpResponse.json({ items: [failure], pagination: pagination(1) }),
    ),
    http.post('*/api/v1/ccus/outbox/:id/resend', () => problem(409, 'ccus.still_open')),
  );
  const user = userEvent.setup();
  await renderApp('/ccus/results?day=2024-09-21&kind=work_day');
  const failures = await screen.findByRole('table', { name: '連携エラー' });
  await user.click(within(failures).getByRole('button', { name: '再送' }));
  expect(await screen.findByText('この連携はまだ処理中のため再送できません。')).toBeInTheDocument();
});

test('an empty period says so', async () => {
  server.use(http.get('*/api/v1/ccus/results', () => HttpResponse.json([])));
  await renderApp('/ccus/results');
  expect(await screen.findByText('この期間の連携結果はありません。')).toBeInTheDocument();
});

test('a failed load offers to reload', async () => {
  server.use(http.get('*/api/v1/ccus/results', () => problem(503, 'server.unavailable')));
  await renderApp('/ccus/results');
  expect(await screen.findByText('読み込みに失敗しました')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '再読み込み' })).toBeInTheDocument();
});

test('a viewer sees the failures and how to fix them, but no 再送', async () => {
  server.use(
    asViewer,
    http.get('*/api/v1/ccus/results', () => HttpResponse.json(days)),
    http.get('*/api/v1/ccus/results/failures', () =>
      HttpResponse.json({ items: [failure], pagination: pagination(1) }),
    ),
  );
  await renderApp('/ccus/results?day=2024-09-21&kind=work_day');
  const failures = await screen.findByRole('table', { name: '連携エラー' });
  expect(within(failures).getByText(failure.error_code!)).toBeInTheDocument();
  expect(within(failures).queryByRole('button', { name: '再送' })).not.toBeInTheDocument();
});
