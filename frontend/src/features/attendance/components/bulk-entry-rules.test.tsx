import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';

import { choose, retype, setupBulk } from '../testing/bulk-form';
import { WORKER_ID } from '../testing/fixtures';

const HAYASHI = '水本 林男(コムテックス株式会社)';

beforeEach(() => {
  // 14:47 in Japan: an afternoon, when 08:00–17:00 of today would be refused.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-30T14:47:00+09:00'));
});
afterEach(() => vi.useRealTimers());

test('a new row is today, entered at the current time rounded down, exit open, and it saves', async () => {
  const user = userEvent.setup();
  const bodies = setupBulk(() => HttpResponse.json({ work_days: 1 }));
  await renderApp('/attendance/bulk');
  await choose(user, null, '現場', 'S001 大磯工浚渫工事');
  const first = await screen.findByRole('group', { name: '1行目' });
  expect(within(first).getByLabelText(/^入場日/)).toHaveValue('2026-11-30');
  expect(within(first).getByLabelText('最終日')).toHaveValue('2026-11-30');
  expect(within(first).getByLabelText(/入場時刻/)).toHaveValue('14:30');
  expect(within(first).getByLabelText('退場時刻')).toHaveValue('');

  await choose(user, first, '技能者', HAYASHI);
  await user.click(screen.getByRole('button', { name: '登録開始' }));
  const preview = await screen.findByRole('table', { name: '登録される就業履歴' });
  expect(within(preview).getByText('(退場前)')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '就業履歴登録' }));
  await waitFor(() => expect(bodies).toHaveLength(1));
  expect(bodies[0]).toMatchObject({
    rows: [{ worker_id: WORKER_ID, work_date: '2026-11-30', entry_time: '14:30:00', exit_time: null }],
  });
});

test('a past day with its exit open, or a future time, is refused on its row with what to do', async () => {
  const user = userEvent.setup();
  const bodies = setupBulk(() => HttpResponse.json({ work_days: 0 }));
  await renderApp('/attendance/bulk');
  await choose(user, null, '現場', 'S001 大磯工浚渫工事');
  const first = await screen.findByRole('group', { name: '1行目' });
  await choose(user, first, '技能者', HAYASHI);
  await retype(user, first, '入場日', '2026-11-29');
  await user.click(screen.getByRole('button', { name: '登録開始' }));
  expect(within(first).getByLabelText('退場時刻')).toHaveAccessibleDescription(
    /終わった日の退場時刻を入力してください。退場を空欄にできるのは当日だけです。/,
  );

  await retype(user, first, '入場日', '2026-11-30');
  await retype(user, first, '退場時刻', '17:00');
  await user.click(screen.getByRole('button', { name: '登録開始' }));
  await waitFor(() =>
    expect(within(first).getByLabelText('退場時刻')).toHaveAccessibleDescription(
      /まだ現場にいる場合は退場を空欄にし、退場後に入力してください。/,
    ),
  );

  await retype(user, first, '退場時刻', '');
  await retype(user, first, '入場時刻', '15:00');
  await user.click(screen.getByRole('button', { name: '登録開始' }));
  await waitFor(() =>
    expect(within(first).getByLabelText(/入場時刻/)).toHaveAccessibleDescription(
      '入場が未来の時刻です。現在時刻までの時刻を入力してください。',
    ),
  );
  expect(screen.queryByRole('table', { name: '登録される就業履歴' })).not.toBeInTheDocument();
  expect(bodies).toHaveLength(0);
});

test('the same worker twice on one day is caught on its row; 条件リセット starts over', async () => {
  const user = userEvent.setup();
  const bodies = setupBulk(() => HttpResponse.json({ work_days: 0 }));
  await renderApp('/attendance/bulk');
  await user.click(await screen.findByRole('button', { name: '登録開始' }));
  expect(await screen.findByText('現場を選択してください。')).toBeInTheDocument();

  await choose(user, null, '現場', 'S001 大磯工浚渫工事');
  await choose(user, await screen.findByRole('group', { name: '1行目' }), '技能者', HAYASHI);
  await user.click(screen.getByRole('button', { name: '行追加' }));
  const second = await screen.findByRole('group', { name: '2行目' });
  await choose(user, second, '技能者', HAYASHI);
  await user.click(screen.getByRole('button', { name: '登録開始' }));
  await waitFor(() =>
    expect(within(second).getByRole('combobox', { name: '技能者' })).toHaveAccessibleDescription(
      '同じ技能者の同じ日が別の行にあります。',
    ),
  );
  // Another day for the same worker is fine.
  await retype(user, second, '入場日', '2026-11-28');
  await retype(user, second, '最終日', '2026-11-28');
  await retype(user, second, '退場時刻', '17:00');
  await user.click(screen.getByRole('button', { name: '登録開始' }));
  expect(await screen.findByTestId('bulk-count')).toHaveTextContent('2 件');

  await user.click(screen.getByRole('button', { name: '条件リセット' }));
  expect(screen.queryByRole('table', { name: '登録される就業履歴' })).not.toBeInTheDocument();
  expect(screen.queryByRole('group', { name: '2行目' })).not.toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: '現場' })).toHaveValue('');
  expect(bodies).toHaveLength(0);
});
