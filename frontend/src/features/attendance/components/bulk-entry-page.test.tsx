import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

import {
  BUSINESS_ID,
  masterHandlers,
  OCCUPATION_ID,
  page,
  pickerHandlers,
  SITE_ID,
  site,
  WORKER2_ID,
  WORKER_ID,
} from '../testing/fixtures';

type User = ReturnType<typeof userEvent.setup>;

function setup(answer: () => Response) {
  const bodies: unknown[] = [];
  server.use(
    ...masterHandlers,
    ...pickerHandlers(),
    http.get('*/api/v1/sites/:siteId/workers', () => HttpResponse.json([])),
    http.get('*/api/v1/attendance', () => HttpResponse.json(page([]))),
    http.post('*/api/v1/attendance/bulk', async ({ request }) => {
      bodies.push(await request.json());
      return answer();
    }),
  );
  return bodies;
}

async function choose(user: User, within_: HTMLElement | typeof screen, label: string, option: string) {
  const scope = within_ === screen ? screen : within(within_ as HTMLElement);
  await user.click(scope.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

/** Site, two workers on two rows, and 2024/09/02 – 09/04 for both. */
async function fillForm(user: User) {
  await choose(user, screen, '現場', 'S001 大磯工浚渫工事');
  const first = await screen.findByRole('group', { name: '1行目' });
  await choose(user, first, '技能者', '水本 林男(コムテックス株式会社)');
  await user.click(screen.getByRole('button', { name: '行追加' }));
  const second = await screen.findByRole('group', { name: '2行目' });
  await choose(user, second, '技能者', '水本 小鉄(コムテックス株式会社)');
  const exit = within(second).getByLabelText('退場時刻');
  await user.clear(exit);
  await user.type(exit, '02:00');

  await user.click(screen.getByRole('button', { name: '入退場日付一括変更' }));
  const dialog = await screen.findByRole('dialog');
  await user.clear(within(dialog).getByLabelText('開始日'));
  await user.type(within(dialog).getByLabelText('開始日'), '2024-09-02');
  await user.clear(within(dialog).getByLabelText('終了日'));
  await user.type(within(dialog).getByLabelText('終了日'), '2024-09-04');
  await user.click(within(dialog).getByRole('button', { name: '変更' }));
  return { first, second };
}

test('rows and a date range become one work day per worker per day, sent as one bulk entry', async () => {
  const user = userEvent.setup();
  const bodies = setup(() => HttpResponse.json({ work_days: 6 }));
  const { router } = await renderApp('/attendance/bulk');
  await fillForm(user);

  expect(screen.getByTestId('bulk-range')).toHaveTextContent('2024/09/02 〜 2024/09/04(3日間)');
  await waitFor(() => expect(screen.getByTestId('bulk-count')).toHaveTextContent('6 件'));
  const preview = screen.getByRole('table', { name: '登録される就業履歴' });
  // The second row's exit before its entry is the next morning.
  expect(within(preview).getByText('2024/09/05 02:00')).toBeInTheDocument();
  expect(within(preview).getAllByText('水本 林男')).toHaveLength(3);

  await user.click(screen.getByRole('button', { name: '就業履歴登録' }));
  await waitFor(() => expect(bodies).toHaveLength(1));
  expect(bodies[0]).toEqual({
    site_id: SITE_ID,
    date_from: '2024-09-02',
    date_to: '2024-09-04',
    rows: [
      {
        worker_id: WORKER_ID,
        business_id: BUSINESS_ID,
        occupation_id: OCCUPATION_ID,
        position_code: '01',
        work_location: null,
        entry_time: '08:00:00',
        exit_time: '17:00:00',
      },
      {
        worker_id: WORKER2_ID,
        business_id: BUSINESS_ID,
        occupation_id: OCCUPATION_ID,
        position_code: '01',
        work_location: null,
        entry_time: '08:00:00',
        exit_time: '02:00:00',
      },
    ],
  });
  await waitFor(() => expect(router.state.location.pathname).toBe('/attendance'));
  expect(router.state.location.search).toMatchObject({
    site_id: SITE_ID,
    date_from: '2024-09-02',
    date_to: '2024-09-04',
  });
});

test('a refused row shows its error on that row and nothing typed is lost', async () => {
  const user = userEvent.setup();
  setup(() =>
    problem(422, 'request.validation', [
      { loc: ['body', 'rows', 1, 'worker_id'], code: 'worker.retired', message: 'retired' },
      { loc: ['body', 'rows', 1, 'entry_time'], code: 'work_day.in_future', message: 'future' },
    ]),
  );
  await renderApp('/attendance/bulk');
  const { first, second } = await fillForm(user);
  await user.click(screen.getByRole('button', { name: '就業履歴登録' }));

  const secondWorker = within(second).getByRole('combobox', { name: '技能者' });
  await waitFor(() => expect(secondWorker).toHaveAccessibleDescription('退職済みの技能者です。'));
  expect(within(second).getByLabelText(/入場時刻/)).toHaveAccessibleDescription('未来の日付は登録できません。');
  expect(within(first).getByRole('combobox', { name: '技能者' })).not.toHaveAccessibleDescription();
  expect(screen.getByText(/入力内容に誤りがあります。/)).toBeInTheDocument();
  // Values stay as typed.
  expect(secondWorker).toHaveValue('水本 小鉄(コムテックス株式会社)');
  expect(within(second).getByLabelText('退場時刻')).toHaveValue('02:00');
  expect(screen.getByTestId('bulk-range')).toHaveTextContent('2024/09/02 〜 2024/09/04');
});

test('nothing is sent without a site, and a duplicate worker is caught on its row', async () => {
  const user = userEvent.setup();
  const bodies = setup(() => HttpResponse.json({ work_days: 0 }));
  await renderApp('/attendance/bulk');
  await user.click(await screen.findByRole('button', { name: '就業履歴登録' }));
  expect(await screen.findByText('現場を選択してください。')).toBeInTheDocument();

  await choose(user, screen, '現場', 'S001 大磯工浚渫工事');
  await choose(user, await screen.findByRole('group', { name: '1行目' }), '技能者', '水本 林男(コムテックス株式会社)');
  await user.click(screen.getByRole('button', { name: '行追加' }));
  const second = await screen.findByRole('group', { name: '2行目' });
  await choose(user, second, '技能者', '水本 林男(コムテックス株式会社)');
  await user.click(screen.getByRole('button', { name: '就業履歴登録' }));
  await waitFor(() =>
    expect(within(second).getByRole('combobox', { name: '技能者' })).toHaveAccessibleDescription(
      '同じ技能者が別の行にあります。',
    ),
  );

  await user.click(within(second).getByRole('button', { name: '削除' }));
  expect(screen.queryByRole('group', { name: '2行目' })).not.toBeInTheDocument();
  expect(bodies).toHaveLength(0);
});

test('on a まとめ現場 every row needs its 作業場所, and it is sent', async () => {
  const user = userEvent.setup();
  const bodies = setup(() => HttpResponse.json({ work_days: 1 }));
  server.use(
    http.get('*/api/v1/sites/:siteId', () =>
      HttpResponse.json({ ...site, work_location_memo: true, work_locations: ['A棟', 'B棟'] }),
    ),
  );
  await renderApp('/attendance/bulk');
  await choose(user, screen, '現場', 'S001 大磯工浚渫工事');
  const first = await screen.findByRole('group', { name: '1行目' });
  await choose(user, first, '技能者', '水本 林男(コムテックス株式会社)');
  await user.click(screen.getByRole('button', { name: '就業履歴登録' }));
  expect(await within(first).findByText('作業場所を選択してください。')).toBeInTheDocument();
  expect(bodies).toHaveLength(0);

  await choose(user, first, '作業場所', 'B棟');
  await user.click(screen.getByRole('button', { name: '就業履歴登録' }));
  await waitFor(() => expect(bodies).toHaveLength(1));
  expect((bodies[0] as { rows: { work_location: string }[] }).rows[0]?.work_location).toBe('B棟');
});
