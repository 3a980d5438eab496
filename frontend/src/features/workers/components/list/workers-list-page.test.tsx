import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

import { BUSINESS_ID, listHandler, masterHandlers } from '../../testing/fixtures';

test('lists workers with the seed columns and page summary', async () => {
  const seen: URLSearchParams[] = [];
  server.use(...masterHandlers, listHandler(seen));
  await renderApp('/workers');

  const row = (await screen.findByRole('link', { name: '川越 十郎' })).closest('tr');
  expect(row).not.toBeNull();
  const cells = within(row as HTMLElement);
  expect(cells.getByText('KS64920862')).toBeInTheDocument();
  expect(cells.getByText('カワゴエ ジュウロウ')).toBeInTheDocument();
  expect(cells.getByText('(株)阿佐ヶ谷鉄筋工業')).toBeInTheDocument();
  expect(cells.getByText('09056190001')).toBeInTheDocument();
  expect(cells.getByText('鉄筋工：鉄筋圧接工')).toBeInTheDocument();
  expect(cells.getByText('12304567891234')).toBeInTheDocument();
  expect(await cells.findByText('労働者')).toBeInTheDocument();
  expect(await cells.findByText('職長・安全衛生責任者')).toBeInTheDocument();
  expect(cells.getByText('kawagoe@example.jp')).toBeInTheDocument();
  expect(cells.getByText('管理者')).toBeInTheDocument();
  expect(screen.getAllByTestId('page-summary')[0]).toHaveTextContent('(1 件中 1 - 1 件 表示)');
  expect(seen[0]?.get('status')).toBeNull();
  expect(screen.getByRole('link', { name: '一括取込' })).toHaveAttribute('href', '/imports?kind=workers');
});

test('filters go to the URL and to the API query string', async () => {
  const user = userEvent.setup();
  const seen: URLSearchParams[] = [];
  server.use(...masterHandlers, listHandler(seen));
  const { router } = await renderApp('/workers?page=2');
  await screen.findByRole('link', { name: '川越 十郎' });

  await user.type(screen.getByLabelText('技能者名'), '川越');
  await user.type(screen.getByLabelText('CCUS技能者ID'), '12304567891234');
  await user.type(screen.getByLabelText('携帯電話番号'), '090');
  await user.click(screen.getByRole('radio', { name: '退職' }));
  await user.click(screen.getByRole('button', { name: '検索' }));

  await waitFor(() => expect(router.state.location.search).toMatchObject({ name: '川越', status: 'retired' }));
  expect(router.state.location.search).toMatchObject({ ccus_worker_id: '12304567891234', phone: '090' });
  expect(router.state.location.search).not.toHaveProperty('page');
  await screen.findByRole('link', { name: '青木 一郎' });
  const last = seen.at(-1);
  expect(last?.get('name')).toBe('川越');
  expect(last?.get('ccus_worker_id')).toBe('12304567891234');
  expect(last?.get('phone')).toBe('090');
  expect(last?.get('status')).toBe('retired');
  expect(last?.get('page')).toBe('1');
  expect(screen.getByText('2025/12/31')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'クリア' }));
  await waitFor(() => expect(router.state.location.search).toEqual({}));
  expect(screen.getByLabelText('技能者名')).toHaveValue('');
});

test('a business filter from the URL reaches the API, the picker and the add link', async () => {
  const seen: URLSearchParams[] = [];
  server.use(...masterHandlers, listHandler(seen));
  await renderApp(`/workers?business_id=${BUSINESS_ID}&status=all`);
  await screen.findByRole('link', { name: '川越 十郎' });
  expect(seen[0]?.get('business_id')).toBe(BUSINESS_ID);
  expect(seen[0]?.get('status')).toBe('all');
  await waitFor(() => expect(screen.getByRole('combobox', { name: '事業者' })).toHaveValue('(株)阿佐ヶ谷鉄筋工業'));
  expect(screen.getByRole('link', { name: '技能者を追加' })).toHaveAttribute(
    'href',
    `/workers/new?business_id=${BUSINESS_ID}`,
  );
});

test('the Excel export is fetched with the same filters', async () => {
  const user = userEvent.setup();
  let exportQuery: URLSearchParams | null = null;
  server.use(
    ...masterHandlers,
    listHandler([]),
    http.get('*/api/v1/workers/export', ({ request }) => {
      exportQuery = new URL(request.url).searchParams;
      return new HttpResponse(new Blob(['x']), {
        headers: { 'Content-Disposition': 'attachment; filename="workers.xlsx"' },
      });
    }),
  );
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  await renderApp('/workers?name=川越&status=retired');
  await screen.findByRole('link', { name: '青木 一郎' });
  await user.click(screen.getByRole('button', { name: 'Excel出力' }));
  await waitFor(() => expect(exportQuery).not.toBeNull());
  expect(exportQuery!.get('name')).toBe('川越');
  expect(exportQuery!.get('status')).toBe('retired');
  expect(exportQuery!.has('page')).toBe(false);
});

test('an empty result says so', async () => {
  server.use(
    ...masterHandlers,
    http.get('*/api/v1/workers', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
  );
  await renderApp('/workers');
  expect(await screen.findByText('条件に該当する技能者はいません。')).toBeInTheDocument();
});
