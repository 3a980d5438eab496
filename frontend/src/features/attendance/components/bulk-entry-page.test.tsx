import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

import { BUSINESS_ID, OCCUPATION_ID, SITE_ID, site, WORKER2_ID, WORKER_ID } from '../testing/fixtures';
import { choose, retype, setupBulk, type User } from '../testing/bulk-form';

const HAYASHI = '水本 林男(コムテックス株式会社)';
const KOTETSU = '水本 小鉄(コムテックス株式会社)';

/** Two rows with their own dates: 林男 on 09/02–09/04, 小鉄 on 09/04 only, a night shift. */
async function fillRows(user: User) {
  await choose(user, null, '現場', 'S001 大磯工浚渫工事');
  const first = await screen.findByRole('group', { name: '1行目' });
  await choose(user, first, '技能者', HAYASHI);
  await retype(user, first, '入場日', '2024-09-02');
  await retype(user, first, '最終日', '2024-09-04');
  await retype(user, first, '入場時刻', '08:00');
  await retype(user, first, '退場時刻', '17:00');
  await user.click(screen.getByRole('button', { name: '行追加' }));
  const second = await screen.findByRole('group', { name: '2行目' });
  await choose(user, second, '技能者', KOTETSU);
  await retype(user, second, '入場日', '2024-09-04');
  await retype(user, second, '最終日', '2024-09-04');
  await retype(user, second, '入場時刻', '20:00');
  await retype(user, second, '退場時刻', '05:00');
  return { first, second };
}

const line = (workerId: string, workDate: string, entry: string, exit: string) => ({
  worker_id: workerId,
  business_id: BUSINESS_ID,
  occupation_id: OCCUPATION_ID,
  position_code: '01',
  work_location: null,
  work_date: workDate,
  entry_time: entry,
  exit_time: exit,
});

test('登録開始 lists each worker per day, one day is removed, and the rest is saved with its dates', async () => {
  const user = userEvent.setup();
  const bodies = setupBulk(() => HttpResponse.json({ work_days: 3 }));
  const { router } = await renderApp('/attendance/bulk');
  await fillRows(user);
  await user.click(screen.getByRole('button', { name: '登録開始' }));

  const preview = await screen.findByRole('table', { name: '登録される就業履歴' });
  expect(screen.getByTestId('bulk-count')).toHaveTextContent('4 件');
  expect(within(preview).getAllByText('水本 林男')).toHaveLength(3);
  // The night shift's exit before its entry is the next morning.
  expect(within(preview).getByText('2024/09/05 05:00')).toBeInTheDocument();
  // The conditions are locked while their preview is shown.
  expect(screen.getByRole('button', { name: '行追加' })).toBeDisabled();

  await user.click(within(preview).getByRole('button', { name: '水本 林男 2024/09/03 を削除' }));
  expect(screen.getByTestId('bulk-count')).toHaveTextContent('3 件');
  expect(within(preview).queryByText('2024/09/03 08:00')).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: '就業履歴登録' }));
  await waitFor(() => expect(bodies).toHaveLength(1));
  expect(bodies[0]).toEqual({
    site_id: SITE_ID,
    rows: [
      line(WORKER_ID, '2024-09-02', '08:00:00', '17:00:00'),
      line(WORKER_ID, '2024-09-04', '08:00:00', '17:00:00'),
      line(WORKER2_ID, '2024-09-04', '20:00:00', '05:00:00'),
    ],
  });
  await waitFor(() => expect(router.state.location.pathname).toBe('/attendance'));
  expect(router.state.location.search).toMatchObject({
    site_id: SITE_ID,
    date_from: '2024-09-02',
    date_to: '2024-09-04',
  });
});

test('a refused line shows why on that line, with what to do, and every line stays', async () => {
  const user = userEvent.setup();
  setupBulk(() =>
    problem(422, 'request.validation', [
      { loc: ['body', 'rows', 3, 'worker_id'], code: 'worker.retired', message: 'retired' },
      { loc: ['body', 'rows', 3, 'exit_time'], code: 'work_day.in_future', message: 'future' },
    ]),
  );
  await renderApp('/attendance/bulk');
  await fillRows(user);
  await user.click(screen.getByRole('button', { name: '登録開始' }));
  await user.click(await screen.findByRole('button', { name: '就業履歴登録' }));

  const preview = screen.getByRole('table', { name: '登録される就業履歴' });
  const refused = await within(preview).findAllByRole('alert');
  expect(refused.map((alert) => alert.textContent)).toEqual([
    '退職済みの技能者です。',
    '退場が未来の時刻です。まだ現場にいる場合は退場を空欄にし、退場後に入力してください。',
  ]);
  const rows = within(preview).getAllByRole('row');
  // The header, then four lines; the fourth is 小鉄's.
  expect(rows).toHaveLength(5);
  expect(rows[4]).toHaveAttribute('aria-invalid', 'true');
  expect(within(rows[4]!).getByText('水本 小鉄')).toBeInTheDocument();
  expect(screen.getByText(/入力内容に誤りがあります。/)).toBeInTheDocument();

  // キャンセル returns to the conditions as typed.
  await user.click(screen.getByRole('button', { name: 'キャンセル' }));
  expect(screen.queryByRole('table', { name: '登録される就業履歴' })).not.toBeInTheDocument();
  const second = screen.getByRole('group', { name: '2行目' });
  expect(within(second).getByLabelText('退場時刻')).toHaveValue('05:00');
});

test('on a まとめ現場 every row needs its 作業場所, and it is sent', async () => {
  const user = userEvent.setup();
  const bodies = setupBulk(() => HttpResponse.json({ work_days: 1 }));
  server.use(
    http.get('*/api/v1/sites/:siteId', () =>
      HttpResponse.json({ ...site, work_location_memo: true, work_locations: ['A棟', 'B棟'] }),
    ),
  );
  await renderApp('/attendance/bulk');
  await choose(user, null, '現場', 'S001 大磯工浚渫工事');
  const first = await screen.findByRole('group', { name: '1行目' });
  await choose(user, first, '技能者', HAYASHI);
  await user.click(screen.getByRole('button', { name: '登録開始' }));
  expect(await within(first).findByText('作業場所を選択してください。')).toBeInTheDocument();

  await choose(user, first, '作業場所', 'B棟');
  await user.click(screen.getByRole('button', { name: '登録開始' }));
  await user.click(await screen.findByRole('button', { name: '就業履歴登録' }));
  await waitFor(() => expect(bodies).toHaveLength(1));
  expect((bodies[0] as { rows: { work_location: string }[] }).rows[0]?.work_location).toBe('B棟');
});
