import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

import { SITE_ID, STAFF_ID, commonHandlers, makeSite } from '../../testing/fixtures';

function listSites() {
  const requests: URLSearchParams[] = [];
  server.use(
    ...commonHandlers,
    http.get('*/api/v1/sites', ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return HttpResponse.json({ items: [makeSite()], pagination: pagination(41, 1, 20) });
    }),
  );
  return requests;
}

test('lists sites with the seed columns and page summary', async () => {
  listSites();
  await renderApp('/sites');
  const row = (await screen.findByText('竹橋AZビル 改修工事')).closest('tr')!;
  expect(within(row).getByText('S23_398')).toBeInTheDocument();
  expect(await within(row).findByText('神奈川支店')).toBeInTheDocument();
  expect(within(row).getByText('2023/03/15')).toBeInTheDocument();
  expect(within(row).getByText('「更新」成功')).toBeInTheDocument();
  expect(screen.getAllByTestId('page-summary')[0]).toHaveTextContent('(41 件中 1 - 1 件 表示)');
});

test('filters go to the URL and the API query only when 検索 is pressed', async () => {
  const user = userEvent.setup();
  const requests = listSites();
  const { router } = await renderApp('/sites?page=2');
  await screen.findByText('竹橋AZビル 改修工事');

  await user.type(screen.getByLabelText('現場名'), '竹橋');
  await user.type(screen.getByLabelText('現場コード'), 'S23');
  await user.click(screen.getByRole('combobox', { name: '現場の表示/非表示' }));
  await user.click(await screen.findByRole('option', { name: '非表示' }));
  expect(requests.at(-1)?.get('name')).toBeNull();
  await user.click(screen.getByRole('button', { name: '検索' }));

  await waitFor(() => expect(requests.at(-1)?.get('name')).toBe('竹橋'));
  const query = requests.at(-1)!;
  expect(query.get('code')).toBe('S23');
  expect(query.get('is_visible')).toBe('false');
  expect(query.get('page')).toBe('1');
  expect(router.state.location.search).toEqual({ name: '竹橋', code: 'S23', is_visible: false });

  await user.click(screen.getByRole('button', { name: 'クリア' }));
  await waitFor(() => expect(router.state.location.search).toEqual({}));
  expect(screen.getByLabelText('現場名')).toHaveValue('');
});

test('filters in the URL fill the form and reach the API', async () => {
  const requests = listSites();
  await renderApp('/sites?code=A1&has_ccus_id=false&page=3');
  await screen.findByText('竹橋AZビル 改修工事');
  const query = requests.at(-1)!;
  expect(query.get('code')).toBe('A1');
  expect(query.get('has_ccus_id')).toBe('false');
  expect(query.get('page')).toBe('3');
  expect(screen.getByLabelText('現場コード')).toHaveValue('A1');
  expect(screen.getByRole('combobox', { name: 'CCUS現場ID 有無' })).toHaveValue('なし');
});

test('a row opens the site', async () => {
  const user = userEvent.setup();
  listSites();
  const { router } = await renderApp('/sites');
  await user.click(await screen.findByText('竹橋AZビル 改修工事'));
  await waitFor(() => expect(router.state.location.pathname).toBe(`/sites/${SITE_ID}`));
});

test('an empty result says so', async () => {
  server.use(
    ...commonHandlers,
    http.get('*/api/v1/sites', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
  );
  await renderApp('/sites?name=zzz');
  expect(await screen.findByText('条件に一致する現場はありません。')).toBeInTheDocument();
});

test('CCUS連携 says which answer CCUS gave: 「確認」失敗, 送信待ち, 未連携', async () => {
  server.use(
    ...commonHandlers,
    http.get('*/api/v1/sites', () =>
      HttpResponse.json({
        items: [
          makeSite({
            id: 'a',
            code: 'A',
            ccus_operation: 'check',
            ccus_status: 'failed',
            ccus_error_code: 'DATK0411E',
          }),
          makeSite({ id: 'b', code: 'B', ccus_operation: null, ccus_status: 'pending' }),
          makeSite({ id: 'c', code: 'C', ccus_operation: null, ccus_status: 'not_linked', ccus_site_id: null }),
          makeSite({ id: 'd', code: 'D', ccus_operation: null, ccus_status: 'synced' }),
        ],
        pagination: pagination(3),
      }),
    ),
  );
  await renderApp('/sites');
  const rowOf = async (code: string) => (await screen.findByText(code)).closest('tr')!;
  expect(within(await rowOf('A')).getByText('「確認」失敗')).toBeInTheDocument();
  expect(within(await rowOf('B')).getByText('送信待ち')).toBeInTheDocument();
  expect(within(await rowOf('C')).getByText('未連携')).toBeInTheDocument();
  expect(within(await rowOf('D')).getByText('成功')).toBeInTheDocument();
});

test('担当者 and 事業者 filters reach the URL, the list and the CSV export', async () => {
  const user = userEvent.setup();
  const requests = listSites();
  const exports: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/businesses/b-1', () => HttpResponse.json({ id: 'b-1', name: '(株)阿佐ヶ谷鉄筋工業' })),
    http.get('*/api/v1/sites/export', ({ request }) => {
      exports.push(new URL(request.url).searchParams);
      return new HttpResponse('\ufeff支店\r\n', { headers: { 'Content-Type': 'text/csv' } });
    }),
  );
  const { router } = await renderApp('/sites?business_id=b-1');
  await screen.findByText('竹橋AZビル 改修工事');
  expect(requests.at(-1)?.get('business_id')).toBe('b-1');

  await user.click(screen.getByRole('combobox', { name: '担当者' }));
  await user.click(await screen.findByRole('option', { name: '水本 太郎' }));
  await user.click(screen.getByRole('button', { name: '検索' }));
  await waitFor(() => expect(requests.at(-1)?.get('staff_user_id')).toBe(STAFF_ID));
  expect(router.state.location.search).toEqual({ business_id: 'b-1', staff_user_id: STAFF_ID });

  URL.createObjectURL = vi.fn(() => 'blob:sites');
  URL.revokeObjectURL = vi.fn();
  await user.click(screen.getByRole('button', { name: 'CSV出力' }));
  await waitFor(() => expect(exports).toHaveLength(1));
  expect(Object.fromEntries(exports[0]!)).toEqual({ business_id: 'b-1', staff_user_id: STAFF_ID });
});
