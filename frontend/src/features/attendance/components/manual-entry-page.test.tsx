import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

import { OCCUPATION_ID, page, pickersSettled, SITE_ID, WORKER_ID, workDay } from '../testing/fixtures';
import { setupEntry } from '../testing/entry-form';

const setup = (answer: () => Response) => setupEntry('*/api/v1/attendance', answer);

const URL = `/attendance/new?site_id=${SITE_ID}&worker_id=${WORKER_ID}&date=2024-09-04`;

async function open() {
  const rendered = await renderApp(URL);
  // Site and worker come from the URL, labelled from their records.
  expect(await screen.findByDisplayValue('S001 大磯工浚渫工事')).toBeInTheDocument();
  expect(await screen.findByDisplayValue('水本 林男(コムテックス株式会社)')).toBeInTheDocument();
  await pickersSettled('S001 大磯工浚渫工事', '水本 林男(コムテックス株式会社)');
  return rendered;
}

test('a night shift is sent as ISO times with +09:00, and the list of that day opens', async () => {
  const user = userEvent.setup();
  const bodies = setup(() =>
    HttpResponse.json(workDay({ source: 'staff', exit_at: '2024-09-05T05:00:00+09:00' }), { status: 201 }),
  );
  const { router } = await open();
  // Times start on the date given by the URL.
  expect(screen.getByLabelText('入場日時')).toHaveValue('2024-09-04T08:00');
  fireEvent.change(screen.getByLabelText('入場日時'), { target: { value: '2024-09-04T20:00' } });
  fireEvent.change(screen.getByLabelText('退場日時'), { target: { value: '2024-09-05T05:00' } });
  await user.click(screen.getByRole('button', { name: '就業履歴登録' }));

  await waitFor(() => expect(bodies).toHaveLength(1));
  expect(bodies[0]).toMatchObject({
    site_id: SITE_ID,
    worker_id: WORKER_ID,
    entry_at: '2024-09-04T20:00:00+09:00',
    exit_at: '2024-09-05T05:00:00+09:00',
    // The worker's own occupation and position are the defaults.
    occupation_id: OCCUPATION_ID,
    position_code: '01',
  });
  await waitFor(() => expect(router.state.location.pathname).toBe('/attendance'));
  expect(router.state.location.search).toMatchObject({ site_id: SITE_ID, date_from: '2024-09-04' });
});

test('a refused save shows the Japanese field error next to the field and keeps the values', async () => {
  const user = userEvent.setup();
  setup(() =>
    problem(422, 'request.validation', [
      { loc: ['body', 'exit_at'], code: 'work_day.exit_before_entry', message: 'The exit is before the entry' },
    ]),
  );
  await open();
  fireEvent.change(screen.getByLabelText('入場日時'), { target: { value: '2024-09-04T07:30' } });
  await user.click(screen.getByRole('button', { name: '就業履歴登録' }));

  const exit = screen.getByLabelText('退場日時');
  await waitFor(() => expect(exit).toHaveAccessibleDescription('退場日時は入場日時より後にしてください。'));
  expect(screen.getByText(/入力内容に誤りがあります。/)).toBeInTheDocument();
  expect(screen.getByLabelText('入場日時')).toHaveValue('2024-09-04T07:30');
  expect(exit).toHaveValue('2024-09-04T17:00');
});

test('a day already registered is pointed to, and times are checked before sending', async () => {
  const user = userEvent.setup();
  const bodies = setup(() => problem(409, 'work_day.exists'));
  await open();

  fireEvent.change(screen.getByLabelText('入場日時'), { target: { value: '' } });
  fireEvent.change(screen.getByLabelText('退場日時'), { target: { value: '' } });
  await user.click(screen.getByRole('button', { name: '就業履歴登録' }));
  expect(await screen.findByText('入場日時または退場日時を入力してください。')).toBeInTheDocument();
  expect(bodies).toHaveLength(0);

  fireEvent.change(screen.getByLabelText('入場日時'), { target: { value: '2024-09-04T08:00' } });
  await user.click(screen.getByRole('button', { name: '就業履歴登録' }));
  expect(await screen.findByText(/この技能者の同じ日の就業履歴が既にあります。/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: '登録済みの就業履歴を開く' })).toHaveAttribute(
    'href',
    expect.stringContaining(`worker_id=${WORKER_ID}`),
  );
});

test('hidden (非表示) sites are not offered for entry, and retired workers are', async () => {
  setup(() => HttpResponse.json(workDay()));
  const siteQueries: URLSearchParams[] = [];
  const workerQueries: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/sites', ({ request }) => {
      siteQueries.push(new globalThis.URL(request.url).searchParams);
      return HttpResponse.json(page([]));
    }),
    http.get('*/api/v1/workers', ({ request }) => {
      workerQueries.push(new globalThis.URL(request.url).searchParams);
      return HttpResponse.json(page([]));
    }),
  );
  await renderApp('/attendance/new');
  await waitFor(() => expect(siteQueries.length).toBeGreaterThan(0));
  expect(siteQueries.every((query) => query.get('is_visible') === 'true')).toBe(true);
  await waitFor(() => expect(workerQueries.length).toBeGreaterThan(0));
  expect(workerQueries.every((query) => query.get('status') === 'all')).toBe(true);
});
