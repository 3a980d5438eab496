import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

import { masterHandlers, page, pickerHandlers, SITE_ID, WORK_DAY_ID, workDay } from '../testing/fixtures';

function setup(day = workDay()) {
  const calls: { method: string; body?: unknown }[] = [];
  server.use(
    ...masterHandlers,
    ...pickerHandlers(),
    http.get('*/api/v1/attendance', () => HttpResponse.json(page([]))),
    http.get('*/api/v1/attendance/:id', () => HttpResponse.json(day)),
    http.patch('*/api/v1/attendance/:id', async ({ request }) => {
      const body = await request.json();
      calls.push({ method: 'PATCH', body });
      return HttpResponse.json({ ...day, ...(body as object), ccus_status: 'pending' });
    }),
    http.delete('*/api/v1/attendance/:id', () => {
      calls.push({ method: 'DELETE' });
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return calls;
}

test('shows the day with its CCUS failure and sends only the corrected time, as ISO +09:00', async () => {
  const user = userEvent.setup();
  const calls = setup(
    workDay({
      ccus_status: 'failed',
      ccus_state: 'rejected',
      ccus_error_code: 'DATK0408E',
      ccus_error_message: '技能者IDに紐付く技能者情報が存在しません。',
    }),
  );
  const { router } = await renderApp(`/attendance/${WORK_DAY_ID}`);

  expect(await screen.findByText('CCUSが受け付けませんでした(DATK0408E)')).toBeInTheDocument();
  expect(screen.getByText('技能者IDに紐付く技能者情報が存在しません。')).toBeInTheDocument();
  expect(screen.getByLabelText('入場日時')).toHaveValue('2024-09-04T08:00');

  fireEvent.change(screen.getByLabelText('退場日時'), { target: { value: '2024-09-05T02:30' } });
  await user.click(screen.getByRole('button', { name: '更新' }));

  await waitFor(() => expect(calls).toEqual([{ method: 'PATCH', body: { exit_at: '2024-09-05T02:30:00+09:00' } }]));
  await waitFor(() => expect(router.state.location.pathname).toBe('/attendance'));
  expect(router.state.location.search).toMatchObject({ site_id: SITE_ID, date_from: '2024-09-04' });
});

test('a refused correction shows the field error and keeps the typed time', async () => {
  const user = userEvent.setup();
  setup();
  server.use(
    http.patch('*/api/v1/attendance/:id', () =>
      problem(422, 'request.validation', [
        { loc: ['body', 'entry_at'], code: 'work_day.date_changed', message: 'another day' },
      ]),
    ),
  );
  await renderApp(`/attendance/${WORK_DAY_ID}`);
  const entry = await screen.findByLabelText('入場日時');
  fireEvent.change(entry, { target: { value: '2024-09-03T08:00' } });
  await user.click(screen.getByRole('button', { name: '更新' }));

  await waitFor(() =>
    expect(entry).toHaveAccessibleDescription('就業日は変更できません。削除して登録し直してください。'),
  );
  expect(entry).toHaveValue('2024-09-03T08:00');
});

test('deleting asks first and then deletes', async () => {
  const user = userEvent.setup();
  const calls = setup();
  const confirm = vi.spyOn(window, 'confirm');
  const { router } = await renderApp(`/attendance/${WORK_DAY_ID}`);
  await screen.findByLabelText('入場日時');

  confirm.mockReturnValueOnce(false);
  await user.click(screen.getByRole('button', { name: '削除' }));
  expect(calls).toEqual([]);

  confirm.mockReturnValueOnce(true);
  await user.click(screen.getByRole('button', { name: '削除' }));
  await waitFor(() => expect(calls).toEqual([{ method: 'DELETE' }]));
  await waitFor(() => expect(router.state.location.pathname).toBe('/attendance'));
  confirm.mockRestore();
});
