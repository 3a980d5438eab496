import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { todayInJapan } from '@/lib/format';
import { renderApp } from '@/testing/render-app';
import { asViewer, pagination, problem, server } from '@/testing/server';

const SITE_A = '00000000-0000-4000-8000-00000000a001';
const SITE_B = '00000000-0000-4000-8000-00000000a002';

function workDay(id: string, siteId: string, siteName: string, state: 'complete' | 'open') {
  return {
    id,
    site: { id: siteId, code: siteId.slice(-3), name: siteName },
    worker: { id: `w-${id}`, code: id, name: `技能者${id}` },
    business: { id: 'b1', code: 'B1', name: 'コムテックス株式会社' },
    work_date: todayInJapan(),
    entry_at: '2024-09-21T23:00:00Z',
    exit_at: state === 'complete' ? '2024-09-22T08:00:00Z' : null,
    state,
  };
}

const summary = {
  week: {},
  overall: {
    sites: { succeeded: 2, failed: 0, total: 2 },
    businesses: { succeeded: 1, failed: 11, total: 12 },
    workers: { succeeded: 3, failed: 0, total: 3 },
  },
  remaining: { sites: 0, businesses: 0, workers: 0 },
};

function handlers(overrides: { idChecks?: () => Response } = {}) {
  const asked: Record<string, URLSearchParams> = {};
  server.use(
    http.get('*/api/v1/attendance', ({ request }) => {
      asked.attendance = new URL(request.url).searchParams;
      return HttpResponse.json({
        items: [
          workDay('1', SITE_A, '大磯町道路改良工事', 'complete'),
          workDay('2', SITE_A, '大磯町道路改良工事', 'open'),
          workDay('3', SITE_B, '鎌倉駅前ビル新築工事', 'open'),
        ],
        pagination: pagination(3),
      });
    }),
    http.get('*/api/v1/ccus/results', ({ request }) => {
      asked.results = new URL(request.url).searchParams;
      return HttpResponse.json([
        { day: '2024-09-26', kinds: { business: { processed: 2, succeeded: 1, failed: 1 } } },
        { day: '2024-09-21', kinds: { work_day: { processed: 3, succeeded: 0, failed: 3 } } },
      ]);
    }),
    http.get('*/api/v1/ccus/reservations', () =>
      HttpResponse.json({
        items: [
          {
            id: 'o1',
            kind: 'work_day',
            entity_id: 'd1',
            status: 'held',
            scheduled_for: '2024-09-21T17:00:00Z',
            attempts: 0,
            sent_at: null,
            resolved_at: null,
            error_code: 'GENB0004E',
            error_message: null,
            advice: null,
            site: null,
            business: null,
            worker: { id: 'w1', name: '水本 林男', ccus_id: '12304567891234' },
            work_date: '2024-09-21',
          },
        ],
        pagination: pagination(7, 1, 5),
      }),
    ),
    http.get('*/api/v1/ccus/id-checks', overrides.idChecks ?? (() => HttpResponse.json(summary))),
  );
  return asked;
}

test('shows CCUS failures with links to the failed records', async () => {
  handlers();
  await renderApp('/');
  const card = await screen.findByRole('region', { name: 'CCUS連携エラー(直近7日間)' });
  const link = await within(card).findByRole('link', { name: '2024/09/21 就業履歴 失敗 3 件' });
  expect(link).toHaveAttribute('href', '/ccus/results?day=2024-09-21&kind=work_day');
  expect(within(card).getByRole('link', { name: '2024/09/26 事業者情報 失敗 1 件' })).toBeInTheDocument();
});

test('shows failed ID checks, pending sends and today per site, each linking where to act', async () => {
  const asked = handlers();
  await renderApp('/');
  const ids = await screen.findByRole('region', { name: 'CCUSIDの確認エラー' });
  expect(await within(ids).findByRole('link', { name: '事業者 失敗 11 件' })).toHaveAttribute(
    'href',
    '/ccus/id-checks/businesses?result=invalid',
  );
  expect(within(ids).queryByText(/現場 失敗/)).not.toBeInTheDocument();

  const pending = screen.getByRole('region', { name: 'CCUS送信待ち(連携予約)' });
  expect(await within(pending).findByText('送信待ち 7 件')).toBeInTheDocument();
  expect(within(pending).getByText('保留')).toBeInTheDocument();

  const today = todayInJapan();
  const sites = screen.getByRole('region', { name: `本日の入場 (${today.replaceAll('-', '/')})` });
  const row = (await within(sites).findByRole('link', { name: '大磯町道路改良工事' })).closest('tr')!;
  expect(row).toHaveTextContent('2 名');
  expect(row).toHaveTextContent('1 名');
  expect(within(sites).getByRole('link', { name: '大磯町道路改良工事' })).toHaveAttribute(
    'href',
    `/attendance?site_id=${SITE_A}&date_from=${today}&date_to=${today}`,
  );
  expect(asked.attendance?.get('date_from')).toBe(today);
  expect(asked.attendance?.get('date_to')).toBe(today);
  expect(asked.results?.get('date_to')).toBe(today);
});

test('one failing source shows its own error while the other cards still show', async () => {
  handlers({ idChecks: () => problem(503, 'server.unavailable') });
  await renderApp('/');
  const ids = await screen.findByRole('region', { name: 'CCUSIDの確認エラー' });
  await waitFor(() => expect(within(ids).getByText('読み込みに失敗しました')).toBeInTheDocument());
  expect(
    await within(screen.getByRole('region', { name: 'CCUS連携エラー(直近7日間)' })).findByRole('link', {
      name: /就業履歴 失敗/,
    }),
  ).toBeInTheDocument();
});

test('quiet days say there is nothing to do', async () => {
  server.use(
    http.get('*/api/v1/attendance', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.get('*/api/v1/ccus/results', () => HttpResponse.json([])),
    http.get('*/api/v1/ccus/reservations', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.get('*/api/v1/ccus/id-checks', () =>
      HttpResponse.json({
        ...summary,
        overall: { ...summary.overall, businesses: { succeeded: 12, failed: 0, total: 12 } },
      }),
    ),
  );
  await renderApp('/');
  expect(await screen.findByText('直近7日間の連携エラーはありません。')).toBeInTheDocument();
  expect(await screen.findByText('確認に失敗したCCUS IDはありません。')).toBeInTheDocument();
  expect(await screen.findByText('送信待ちの連携はありません。')).toBeInTheDocument();
  expect(await screen.findByText('本日の入場はまだありません。')).toBeInTheDocument();
});

test('a Webhook endpoint stopped by persistent failure is a notice to administrators only', async () => {
  handlers();
  server.use(
    http.get('*/api/v1/webhooks/endpoints', () =>
      HttpResponse.json({
        items: [
          {
            id: 'wh1',
            created_at: '2026-11-20T00:00:00Z',
            updated_at: '2026-11-23T00:00:00Z',
            url: 'https://partner.example/hooks',
            description: '',
            event_types: ['work_day.created'],
            enabled: false,
            disabled_at: '2026-11-23T00:00:00Z',
            disabled_reason: 'failed_for_retry_period',
            previous_secret_expires_at: null,
          },
        ],
        pagination: pagination(1),
      }),
    ),
  );
  await renderApp('/');
  const card = await screen.findByRole('region', { name: 'Webhookの送信停止' });
  expect(await within(card).findByText('https://partner.example/hooks')).toBeInTheDocument();
  expect(within(card).getByRole('link', { name: 'APIキー管理へ' })).toHaveAttribute('href', '/admin/api-keys');
});

test('a viewer sees no Webhook notice', async () => {
  handlers();
  server.use(asViewer);
  await renderApp('/');
  await screen.findByRole('region', { name: 'CCUSIDの確認エラー' });
  expect(screen.queryByRole('region', { name: 'Webhookの送信停止' })).not.toBeInTheDocument();
});

test('an account mail that never went out is a notice to administrators only', async () => {
  handlers();
  server.use(
    http.get('*/api/v1/mail/failures', () =>
      HttpResponse.json([
        {
          id: 'm1',
          kind: 'invitation',
          recipient: 'tanaka@example.jp',
          user_id: 'u9',
          attempts: 7,
          last_error: 'SMTPConnectError',
          failed_at: '2026-11-29T03:00:00Z',
        },
      ]),
    ),
  );
  await renderApp('/');
  const card = await screen.findByRole('region', { name: 'メールの送信失敗' });
  expect(await within(card).findByText(/tanaka@example\.jp/)).toBeInTheDocument();
  expect(within(card).getByText('招待')).toBeInTheDocument();
  expect(within(card).getByRole('link', { name: 'ユーザー管理へ' })).toHaveAttribute('href', '/admin/users');
});

test('a viewer sees no mail notice', async () => {
  handlers();
  server.use(asViewer);
  await renderApp('/');
  await screen.findByRole('region', { name: 'CCUSIDの確認エラー' });
  expect(screen.queryByRole('region', { name: 'メールの送信失敗' })).not.toBeInTheDocument();
});
