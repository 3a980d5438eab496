import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';

import { setupEntry } from '../testing/entry-form';
import { page, SITE_ID, WORKER_ID, workDay } from '../testing/fixtures';

beforeEach(() => {
  // 14:47 in Japan: 08:00–17:00 of today would put the exit in the future.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-30T14:47:00+09:00'));
});
afterEach(() => vi.useRealTimers());

function setup() {
  const workerQueries: URLSearchParams[] = [];
  const workers = http.get('*/api/v1/workers', ({ request }) => {
    workerQueries.push(new URL(request.url).searchParams);
    return HttpResponse.json(page([]));
  });
  const bodies = setupEntry(
    '*/api/v1/attendance',
    () => HttpResponse.json(workDay({ source: 'staff', exit_at: null }), { status: 201 }),
    // Before the pickers' own answer for the same path.
    [workers],
  );
  return { bodies, workerQueries };
}

test('today starts with an entry now and the exit open, which saves; a future exit is refused with advice', async () => {
  const user = userEvent.setup();
  const { bodies } = setup();
  await renderApp(`/attendance/new?site_id=${SITE_ID}&worker_id=${WORKER_ID}&date=2026-11-30`);
  expect(await screen.findByLabelText('入場日時')).toHaveValue('2026-11-30T14:30');
  expect(screen.getByLabelText('退場日時')).toHaveValue('');

  fireEvent.change(screen.getByLabelText('退場日時'), { target: { value: '2026-11-30T17:00' } });
  await user.click(screen.getByRole('button', { name: '就業履歴登録' }));
  await waitFor(() =>
    expect(screen.getByLabelText('退場日時')).toHaveAccessibleDescription(
      '退場が未来の時刻です。まだ現場にいる場合は退場を空欄にし、退場後に入力してください。',
    ),
  );
  expect(bodies).toHaveLength(0);

  fireEvent.change(screen.getByLabelText('退場日時'), { target: { value: '' } });
  await user.click(screen.getByRole('button', { name: '就業履歴登録' }));
  await waitFor(() => expect(bodies).toHaveLength(1));
  expect(bodies[0]).toMatchObject({ entry_at: '2026-11-30T14:30:00+09:00', exit_at: null });
});

test('a day that is over starts 08:00–17:00, and workers not yet on the site are one clear checkbox away', async () => {
  const user = userEvent.setup();
  const { workerQueries } = setup();
  await renderApp(`/attendance/new?site_id=${SITE_ID}&date=2026-11-27`);
  expect(await screen.findByLabelText('入場日時')).toHaveValue('2026-11-27T08:00');
  expect(screen.getByLabelText('退場日時')).toHaveValue('2026-11-27T17:00');

  const anyWorker = screen.getByRole('checkbox', { name: 'この現場にまだ入場していない技能者も選ぶ' });
  expect(anyWorker).toHaveAccessibleDescription(/初めて入場する技能者は、ここにチェックを入れてください。/);
  const workers = screen.getByRole('combobox', { name: /^技能者/ });
  await user.click(workers);
  await waitFor(() => expect(workerQueries.length).toBeGreaterThan(0));
  expect(workerQueries.every((query) => query.get('site_id') === SITE_ID)).toBe(true);

  await user.click(anyWorker);
  expect(anyWorker).toHaveAccessibleDescription(/この現場の施工体制技能者に追加されます。/);
  await user.click(workers);
  await waitFor(() => expect(workerQueries.some((query) => !query.has('site_id'))).toBe(true));
});
