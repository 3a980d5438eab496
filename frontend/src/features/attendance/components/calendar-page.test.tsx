import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';

import { BUSINESS_ID, pickerHandlers, SITE_ID, WORKER2_ID, WORKER_ID } from '../testing/fixtures';

function calendar(month: string) {
  return {
    site_id: SITE_ID,
    month,
    workers: [
      {
        worker: { id: WORKER_ID, code: 'W001', name: '水本 林男' },
        business_id: BUSINESS_ID,
        days: {
          [`${month}-02`]: { work_day_id: 'wd-2', state: 'complete', ccus_status: 'synced', ccus_state: 'succeeded' },
          [`${month}-03`]: { work_day_id: 'wd-3', state: 'complete', ccus_status: 'failed', ccus_state: 'rejected' },
          [`${month}-04`]: { work_day_id: 'wd-4', state: 'open', ccus_status: 'pending', ccus_state: 'pending' },
          // A correct day of a subcontractor without 事業者ID: held by genba, never red.
          [`${month}-05`]: { work_day_id: 'wd-5', state: 'complete', ccus_status: 'pending', ccus_state: 'held' },
        },
        total_days: 3,
        ccus_valid_days: 1,
      },
      {
        worker: { id: WORKER2_ID, code: 'W002', name: '水本 小鉄' },
        business_id: BUSINESS_ID,
        days: {
          [`${month}-02`]: {
            work_day_id: 'wd-9',
            state: 'complete',
            ccus_status: 'not_linked',
            ccus_state: 'not_applicable',
          },
        },
        total_days: 1,
        ccus_valid_days: 0,
      },
    ],
  };
}

function setup() {
  const months: string[] = [];
  const careers: string[] = [];
  server.use(
    ...pickerHandlers(),
    http.get('*/api/v1/sites/:siteId/structure', () =>
      HttpResponse.json([{ business: { id: BUSINESS_ID, code: 'B001', name: 'コムテックス株式会社' } }]),
    ),
    http.get('*/api/v1/sites/:siteId/calendar', ({ request }) => {
      const month = new URL(request.url).searchParams.get('month') ?? '';
      months.push(month);
      return HttpResponse.json(calendar(month));
    }),
    http.get('*/api/v1/workers/:workerId/career', ({ params }) => {
      careers.push(String(params.workerId));
      return HttpResponse.json({
        worker_id: params.workerId,
        total_days: 700,
        ccus_valid_days: 650,
        thresholds: [
          { level: 2, days: 645, reached: true, remaining: 0 },
          { level: 3, days: 1505, reached: false, remaining: 855 },
          { level: 4, days: 2150, reached: false, remaining: 1500 },
        ],
      });
    }),
  );
  return { months, careers };
}

test('each worked day shows its CCUS state as a symbol and links to the work day', async () => {
  const { months } = setup();
  await renderApp(`/sites/${SITE_ID}/calendar?month=2024-09`);

  const synced = await screen.findByRole('link', { name: '2024/09/02 水本 林男: 入退場済み・連携済み(CCUSで受付)' });
  expect(synced).toHaveTextContent('○');
  expect(synced).toHaveAttribute('href', '/attendance/wd-2');
  expect(screen.getByRole('link', { name: '2024/09/03 水本 林男: 入退場済み・CCUSで受付不可' })).toHaveTextContent('✕');
  const held = screen.getByRole('link', { name: /^2024\/09\/05 水本 林男: 入退場済み・保留/ });
  expect(held).toHaveTextContent('保留');
  expect(held.closest('td')?.getAttribute('style') ?? '').not.toContain('red');
  expect(screen.getByRole('link', { name: '2024/09/04 水本 林男: 退場なし・送信待ち' })).toHaveTextContent('…入');
  expect(
    screen.getByRole('link', { name: '2024/09/02 水本 小鉄: 入退場済み・CCUS ID なし(送信対象外)' }),
  ).toHaveTextContent('－');
  // September has 30 day columns; the legend explains the symbols.
  const grid = screen.getByRole('table', { name: '月別カレンダー' });
  expect(within(grid).getAllByRole('columnheader')).toHaveLength(2 + 30 + 2);
  // Legend and cells share one table: every symbol in a cell is explained, 保留 and － included.
  const legend = within(screen.getByRole('list', { name: '凡例' }));
  expect(legend.getByText('CCUSで受付不可')).toBeInTheDocument();
  expect(legend.getByText('CCUS ID なし(送信対象外)')).toBeInTheDocument();
  expect(legend.getByText('保留(送信前に必要な情報の登録待ち)')).toBeInTheDocument();
  expect(await within(grid).findAllByText('コムテックス株式会社')).toHaveLength(2);
  expect(months).toEqual(['2024-09']);
});

test('前月 and 翌月 change the month in the URL and in the query', async () => {
  const user = userEvent.setup();
  const { months } = setup();
  const { router } = await renderApp(`/sites/${SITE_ID}/calendar?month=2024-01`);
  await screen.findByRole('table', { name: '月別カレンダー' });

  await user.click(screen.getByRole('button', { name: '‹ 前月' }));
  await waitFor(() => expect(router.state.location.search).toMatchObject({ month: '2023-12' }));
  await waitFor(() => expect(months.at(-1)).toBe('2023-12'));
  expect(screen.getByTestId('calendar-month')).toHaveTextContent('2023年12月');
  await waitFor(() => expect(screen.getAllByRole('link', { name: /^2023\/12\/02/ })).toHaveLength(2));

  await user.click(screen.getByRole('button', { name: '翌月 ›' }));
  await user.click(screen.getByRole('button', { name: '翌月 ›' }));
  await waitFor(() => expect(router.state.location.search).toMatchObject({ month: '2024-02' }));
  await waitFor(() => expect(months.at(-1)).toBe('2024-02'));
  expect(within(screen.getByRole('table', { name: '月別カレンダー' })).getAllByRole('columnheader')).toHaveLength(
    2 + 29 + 2,
  );
});

test('choosing a worker filters the grid and shows their progress toward the skill levels', async () => {
  const user = userEvent.setup();
  const { careers } = setup();
  const { router } = await renderApp(`/sites/${SITE_ID}/calendar?month=2024-09`);
  await screen.findByRole('table', { name: '月別カレンダー' });

  await user.click(screen.getByRole('combobox', { name: '技能者' }));
  await user.click(await screen.findByRole('option', { name: '水本 林男' }));
  await waitFor(() => expect(router.state.location.search).toMatchObject({ month: '2024-09', worker_id: WORKER_ID }));

  expect(screen.queryByRole('link', { name: /水本 小鉄/ })).not.toBeInTheDocument();
  const career = await screen.findByRole('region', { name: '能力評価までの就業日数' });
  expect(await within(career).findByText('到達')).toBeInTheDocument();
  expect(within(career).getByText('あと 855 日')).toBeInTheDocument();
  expect(within(career).getByRole('progressbar', { name: 'レベル3までの進捗' })).toHaveAttribute('aria-valuenow', '43');
  expect(careers).toEqual([WORKER_ID]);
});
