import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';

import { masterHandlers, page, pickerHandlers, pickersSettled, SITE_ID, workDay } from '../testing/fixtures';

function captureList(items = [workDay()], total = items.length, exact = true) {
  const queries: URLSearchParams[] = [];
  server.use(
    ...masterHandlers,
    ...pickerHandlers(),
    http.get('*/api/v1/attendance', ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json(page(items, total, exact));
    }),
  );
  return queries;
}

test('filters in the URL reach the API query and the rows show CCUS state with its error', async () => {
  const queries = captureList([
    workDay({
      ccus_status: 'failed',
      ccus_state: 'rejected',
      ccus_error_code: 'DATK0408E',
      ccus_error_message: '技能者情報が存在しません。',
    }),
  ]);
  await renderApp(
    `/attendance?site_id=${SITE_ID}&date_from=2024-09-01&date_to=2024-09-30&ccus_state=rejected&state=complete`,
  );

  const row = (await screen.findByText('水本 林男')).closest('tr');
  expect(row).not.toBeNull();
  expect(within(row!).getByText('失敗 DATK0408E')).toBeInTheDocument();
  expect(await within(row!).findByText('鉄筋工：鉄筋工')).toBeInTheDocument();
  expect(await within(row!).findByText('職長・安全衛生責任者')).toBeInTheDocument();
  expect(within(row!).getByText('08:00')).toBeInTheDocument();
  expect(within(row!).getByText('端末')).toBeInTheDocument();

  const query = queries.at(-1)!;
  expect(query.get('site_id')).toBe(SITE_ID);
  expect(query.get('date_from')).toBe('2024-09-01');
  expect(query.get('date_to')).toBe('2024-09-30');
  expect(query.get('ccus_state')).toBe('rejected');
  expect(query.get('state')).toBe('complete');
  // With a site chosen, the month calendar is one click away.
  expect(screen.getByRole('link', { name: '月別カレンダー' })).toHaveAttribute(
    'href',
    `/sites/${SITE_ID}/calendar?month=2024-09`,
  );
  // The site filter shows the site's name, looked up by id.
  expect(await screen.findByDisplayValue('S001 大磯工浚渫工事')).toBeInTheDocument();
  await pickersSettled('S001 大磯工浚渫工事');
});

test('検索 puts the chosen filters in the URL and asks the API with them', async () => {
  const user = userEvent.setup();
  const queries = captureList();
  const { router } = await renderApp('/attendance');
  await screen.findByText('水本 林男');

  await user.click(screen.getByRole('combobox', { name: 'CCUS連携状態' }));
  await user.click(await screen.findByRole('option', { name: '失敗' }));
  await user.type(screen.getByLabelText('就業日(から)'), '2024-09-01');
  await user.click(screen.getByRole('button', { name: '検索' }));

  await waitFor(() =>
    expect(router.state.location.search).toMatchObject({ ccus_state: 'rejected', date_from: '2024-09-01' }),
  );
  await waitFor(() => expect(queries.at(-1)?.get('ccus_state')).toBe('rejected'));
  expect(queries.at(-1)?.get('date_from')).toBe('2024-09-01');

  await user.click(screen.getByRole('button', { name: 'クリア' }));
  await waitFor(() => expect(router.state.location.search).toEqual({}));
  await waitFor(() => expect(queries.at(-1)?.get('ccus_state')).toBeNull());
});

test('a capped count reads "件以上"', async () => {
  captureList([workDay()], 10000, false);
  await renderApp('/attendance');
  expect((await screen.findAllByTestId('page-summary'))[0]).toHaveTextContent('10,000 件以上中 1 - 1 件 表示');
});

test('an empty result says so', async () => {
  captureList([]);
  await renderApp('/attendance?state=open');
  expect(await screen.findByText('条件に合う就業履歴はありません。')).toBeInTheDocument();
});

test('the export downloads exactly the filtered list', async () => {
  const user = userEvent.setup();
  captureList();
  const exports: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/attendance/export', ({ request }) => {
      exports.push(new URL(request.url).searchParams);
      return new HttpResponse('a,b\n', { headers: { 'Content-Type': 'text/csv' } });
    }),
  );
  const createObjectURL = vi.fn(() => 'blob:export');
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await renderApp(`/attendance?site_id=${SITE_ID}&ccus_state=rejected`);
  await screen.findByText('水本 林男');

  await user.click(screen.getByRole('button', { name: 'CSV出力' }));
  await waitFor(() => expect(exports).toHaveLength(1));
  expect(Object.fromEntries(exports[0]!)).toMatchObject({ format: 'csv', site_id: SITE_ID, ccus_state: 'rejected' });
  await waitFor(() => expect(click).toHaveBeenCalled());
  await pickersSettled('S001 大磯工浚渫工事');
  click.mockRestore();
});
