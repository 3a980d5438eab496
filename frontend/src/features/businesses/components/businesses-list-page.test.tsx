import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

import { aBusiness, lookupHandlers } from '../testing/fixtures';

function listHandler(seen: URLSearchParams[]) {
  return http.get('*/api/v1/businesses', ({ request }) => {
    seen.push(new URL(request.url).searchParams);
    return HttpResponse.json({
      items: [aBusiness(), aBusiness({ id: 'b2', name: '吉祥寺組', ccus_business_id: null, branch_ids: ['br-1'] })],
      pagination: pagination(72, Number(new URL(request.url).searchParams.get('page') ?? 1)),
    });
  });
}

test('lists businesses with the seed columns and the page summary', async () => {
  const seen: URLSearchParams[] = [];
  server.use(...lookupHandlers, listHandler(seen));
  await renderApp('/businesses');

  const row = (await screen.findByRole('link', { name: '(株)阿佐ヶ谷鉄筋工業' })).closest('tr');
  expect(row).not.toBeNull();
  const cells = within(row as HTMLElement);
  await waitFor(() => expect(cells.getByText('001支店, 鎌倉支店')).toBeInTheDocument());
  expect(cells.getByText('東京都東久留米市上の原2-5-7')).toBeInTheDocument();
  expect(cells.getByText('あり')).toBeInTheDocument();
  const other = screen.getByRole('link', { name: '吉祥寺組' }).closest('tr') as HTMLElement;
  expect(within(other).getByText('なし')).toBeInTheDocument();
  expect(screen.getAllByTestId('page-summary')[0]).toHaveTextContent('(72 件中 1 - 2 件 表示)');
  expect(screen.getByRole('link', { name: '一括取込' })).toHaveAttribute('href', '/imports?kind=businesses');
});

test('filters go to the URL and to the API, and クリア removes them', async () => {
  const user = userEvent.setup();
  const seen: URLSearchParams[] = [];
  server.use(...lookupHandlers, listHandler(seen));
  const { router } = await renderApp('/businesses?page=2');
  await screen.findByRole('link', { name: '(株)阿佐ヶ谷鉄筋工業' });
  expect(seen.at(-1)?.get('page')).toBe('2');

  await user.type(screen.getByLabelText('事業者名'), '阿佐ヶ谷');
  await user.type(screen.getByLabelText('代表電話番号'), '0312');
  await user.click(screen.getByRole('combobox', { name: 'CCUS事業者ID 有無' }));
  await user.click(await screen.findByRole('option', { name: 'あり' }));
  await user.click(screen.getByRole('button', { name: '検索' }));

  await waitFor(() =>
    expect(router.state.location.search).toEqual({ name: '阿佐ヶ谷', phone: '0312', has_ccus_id: true }),
  );
  await waitFor(() => expect(seen.at(-1)?.get('name')).toBe('阿佐ヶ谷'));
  const query = seen.at(-1);
  expect(query?.get('phone')).toBe('0312');
  expect(query?.get('has_ccus_id')).toBe('true');
  expect(query?.get('page')).toBe('1');
  expect(screen.getByLabelText('事業者名')).toHaveValue('阿佐ヶ谷');

  await user.click(screen.getByRole('button', { name: 'クリア' }));
  await waitFor(() => expect(router.state.location.search).toEqual({}));
  await waitFor(() => expect(seen.at(-1)?.get('name')).toBeNull());
  expect(screen.getByLabelText('事業者名')).toHaveValue('');
});

test('the pager moves to the next page through the URL', async () => {
  const user = userEvent.setup();
  const seen: URLSearchParams[] = [];
  server.use(...lookupHandlers, listHandler(seen));
  const { router } = await renderApp('/businesses?name=組');
  await screen.findByRole('link', { name: '吉祥寺組' });
  await user.click(screen.getAllByRole('button', { name: '次' })[0] as HTMLElement);
  await waitFor(() => expect(router.state.location.search).toEqual({ name: '組', page: 2 }));
  await waitFor(() => expect(seen.at(-1)?.get('page')).toBe('2'));
  expect(seen.at(-1)?.get('name')).toBe('組');
});

test('Excel出力 downloads the export with the same filters', async () => {
  const user = userEvent.setup();
  const exported: URLSearchParams[] = [];
  URL.createObjectURL = vi.fn(() => 'blob:export');
  URL.revokeObjectURL = vi.fn();
  server.use(
    ...lookupHandlers,
    listHandler([]),
    http.get('*/api/v1/businesses/export', ({ request }) => {
      exported.push(new URL(request.url).searchParams);
      return new HttpResponse(new Blob(['x']), {
        headers: { 'Content-Disposition': 'attachment; filename="businesses.xlsx"' },
      });
    }),
  );
  await renderApp('/businesses?name=阿佐ヶ谷&has_ccus_id=false&page=3');
  await screen.findByRole('link', { name: '(株)阿佐ヶ谷鉄筋工業' });
  await user.click(screen.getByRole('button', { name: 'Excel出力' }));
  await waitFor(() => expect(exported).toHaveLength(1));
  expect(exported[0]?.get('name')).toBe('阿佐ヶ谷');
  expect(exported[0]?.get('has_ccus_id')).toBe('false');
  expect(exported[0]?.get('page')).toBeNull();
});

test('an empty result says so', async () => {
  server.use(
    ...lookupHandlers,
    http.get('*/api/v1/businesses', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
  );
  await renderApp('/businesses?name=なし');
  expect(await screen.findByText('条件に一致する事業者はありません。')).toBeInTheDocument();
});
