import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

type Summary = components['schemas']['IdCheckSummary'];

const run: components['schemas']['IdCheckRun'] = {
  job_id: 'ccus.verify_all:01a22b9a-c0c5-7bf0-9da8-6972bc7cf038:1796027899',
  progress_url: '/api/v1/ccus/id-checks',
};

const before: Summary = {
  week: {
    sites: { succeeded: 1, failed: 1, total: 2 },
    businesses: { succeeded: 0, failed: 0, total: 0 },
    workers: { succeeded: 0, failed: 0, total: 0 },
  },
  overall: {
    sites: { succeeded: 21, failed: 21, total: 42 },
    businesses: { succeeded: 1, failed: 11, total: 12 },
    workers: { succeeded: 2, failed: 37, total: 39 },
  },
  remaining: { sites: 0, businesses: 0, workers: 0 },
};

const running: Summary = {
  week: before.week,
  overall: {
    sites: { succeeded: 30, failed: 2, total: 32 },
    businesses: { succeeded: 0, failed: 0, total: 0 },
    workers: { succeeded: 0, failed: 0, total: 0 },
  },
  remaining: { sites: 10, businesses: 12, workers: 39 },
};

const after: Summary = {
  week: {
    sites: { succeeded: 40, failed: 2, total: 42 },
    businesses: { succeeded: 10, failed: 2, total: 12 },
    workers: { succeeded: 35, failed: 4, total: 39 },
  },
  overall: {
    sites: { succeeded: 40, failed: 2, total: 42 },
    businesses: { succeeded: 10, failed: 2, total: 12 },
    workers: { succeeded: 35, failed: 4, total: 39 },
  },
  remaining: { sites: 0, businesses: 0, workers: 0 },
};

test('shows the week and overall counts, with 失敗 linking to the failed list', async () => {
  server.use(http.get('*/api/v1/ccus/id-checks', () => HttpResponse.json(before)));
  await renderApp('/ccus/id-checks');
  const overall = await screen.findByRole('table', { name: 'すべて' });
  const businesses = within(overall).getByRole('row', { name: /事業者/ });
  expect(within(businesses).getByText('12')).toBeInTheDocument();
  expect(within(businesses).getByRole('link', { name: 'すべて 事業者 失敗 11 件' })).toHaveAttribute(
    'href',
    '/ccus/id-checks/businesses?result=invalid',
  );
  expect(within(businesses).getByRole('link', { name: '事業者' })).toHaveAttribute(
    'href',
    '/ccus/id-checks/businesses',
  );
  expect(screen.getByRole('table', { name: /^直近/ })).toBeInTheDocument();
});

test('まとめて確認 starts the check, shows its progress and then the new counts', async () => {
  let started = false;
  let pollsAfterStart = 0;
  server.use(
    http.get('*/api/v1/ccus/id-checks', () => {
      if (!started) return HttpResponse.json(before);
      pollsAfterStart += 1;
      return HttpResponse.json(pollsAfterStart === 1 ? running : after);
    }),
    http.post('*/api/v1/ccus/id-checks', () => {
      started = true;
      return HttpResponse.json(run, { status: 202 });
    }),
  );
  const user = userEvent.setup();
  await renderApp('/ccus/id-checks');
  await screen.findByRole('table', { name: 'すべて' });
  await user.click(screen.getByRole('button', { name: 'まとめて確認' }));

  expect(await screen.findByText('CCUS IDを確認しています')).toBeInTheDocument();
  // 32 of 93 linked IDs are checked: 34%.
  expect(screen.getByText(/32 \/ 93 件 確認済み/)).toBeInTheDocument();
  expect(screen.getByRole('progressbar', { name: '確認の進み具合' })).toHaveAttribute('aria-valuenow', '34');
  expect(screen.getByRole('button', { name: 'まとめて確認' })).toBeDisabled();

  expect(await screen.findByText('確認が完了しました', {}, { timeout: 4000 })).toBeInTheDocument();
  expect(screen.queryByText('CCUS IDを確認しています')).not.toBeInTheDocument();
  const overall = screen.getByRole('table', { name: 'すべて' });
  expect(within(overall).getByRole('link', { name: 'すべて 技能者 失敗 4 件' })).toBeInTheDocument();
});

test('a refused start says why and keeps the counts', async () => {
  server.use(
    http.get('*/api/v1/ccus/id-checks', () => HttpResponse.json(before)),
    http.post('*/api/v1/ccus/id-checks', () => problem(403, 'auth.insufficient_scope')),
  );
  const user = userEvent.setup();
  await renderApp('/ccus/id-checks');
  await user.click(await screen.findByRole('button', { name: 'まとめて確認' }));
  expect(await screen.findByText('この操作を行う権限がありません。')).toBeInTheDocument();
  await waitFor(() => expect(screen.getByRole('button', { name: 'まとめて確認' })).toBeEnabled());
  expect(screen.queryByText('CCUS IDを確認しています')).not.toBeInTheDocument();
});

test('counts that stop moving (CCUS unreachable) end the wait with an explanation', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  try {
    let started = false;
    server.use(
      http.get('*/api/v1/ccus/id-checks', () => HttpResponse.json(started ? running : before)),
      http.post('*/api/v1/ccus/id-checks', () => {
        started = true;
        return HttpResponse.json(run, { status: 202 });
      }),
    );
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderApp('/ccus/id-checks');
    await screen.findByRole('table', { name: 'すべて' });
    await user.click(screen.getByRole('button', { name: 'まとめて確認' }));
    expect(await screen.findByText('CCUS IDを確認しています')).toBeInTheDocument();

    for (let elapsed = 0; elapsed < 36_000; elapsed += 1_500) {
      await vi.advanceTimersByTimeAsync(1_500);
    }
    expect(await screen.findByText('確認が進んでいません')).toBeInTheDocument();
    expect(screen.queryByText('CCUS IDを確認しています')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'まとめて確認' })).toBeEnabled();
  } finally {
    vi.useRealTimers();
  }
});
