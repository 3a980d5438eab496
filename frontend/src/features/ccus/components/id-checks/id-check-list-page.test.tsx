import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

type Entry = components['schemas']['IdCheckEntry'];

const invalid: Entry = {
  id: '00000000-0000-4000-8000-00000000b002',
  name: '株式会社御徒町徳莪',
  ccus_id: '66666999995214',
  checked_at: '2024-09-11T06:00:14Z',
  valid: false,
  result: 'failed',
  error_code: 'DATF0001E',
  error_message: 'ユーザ66666999995214の認証に失敗しました。ユーザ認証情報を確認してください。',
  advice: 'CCUS IDまたは本人確認番号が間違っています。正しい値に更新してください。',
};
const valid: Entry = {
  id: '00000000-0000-4000-8000-00000000b001',
  name: 'コムテックス株式会社',
  ccus_id: '19869311056822',
  checked_at: '2024-08-02T02:00:23Z',
  valid: true,
  result: 'ok',
  error_code: null,
  error_message: null,
  advice: null,
};

test('lists businesses with their check result, error and a link to edit each', async () => {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/ccus/id-checks/businesses', ({ request }) => {
      asked.push(new URL(request.url).searchParams);
      return HttpResponse.json({ items: [invalid, valid], pagination: pagination(2) });
    }),
  );
  await renderApp('/ccus/id-checks/businesses');
  const table = await screen.findByRole('table', { name: '事業者一覧' });
  expect(screen.getByRole('heading', { name: 'CCUSID有効確認 事業者一覧' })).toBeInTheDocument();
  const bad = within(table).getByRole('row', { name: /御徒町/ });
  expect(within(bad).getByText('失敗')).toBeInTheDocument();
  expect(within(bad).getByText('DATF0001E')).toBeInTheDocument();
  expect(within(bad).getByText('2024/09/11 15:00')).toBeInTheDocument();
  expect(within(bad).getByRole('link', { name: '株式会社御徒町徳莪' })).toHaveAttribute(
    'href',
    `/businesses/${invalid.id}/edit`,
  );
  expect(within(bad).getByRole('link', { name: 'CCUS取得' })).toHaveAttribute(
    'href',
    `/ccus/remote/businesses/${invalid.id}`,
  );
  expect(within(within(table).getByRole('row', { name: /コムテックス/ })).getByLabelText('結果 ○')).toHaveTextContent(
    '○',
  );
  expect(asked[0]?.get('result')).toBeNull();
});

test('the seed’s filters go to the URL and to the API; the older 失敗 link still means failed', async () => {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/ccus/id-checks/workers', ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query);
      return HttpResponse.json(
        query.get('result') === 'failed'
          ? { items: [], pagination: pagination(0) }
          : { items: [{ ...valid, name: '水本 林男' }], pagination: pagination(1) },
      );
    }),
    http.get('*/api/v1/businesses', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
  );
  const user = userEvent.setup();
  const { router } = await renderApp('/ccus/id-checks/workers');
  await screen.findByRole('table', { name: '技能者一覧' });
  // Workers are narrowed by their 事業者 too.
  expect(screen.getByPlaceholderText('事業者名で検索')).toBeInTheDocument();
  await user.type(screen.getByRole('textbox', { name: 'CCUSID' }), '12304567891234');
  await user.type(screen.getByLabelText('確認日(から)'), '2024-09-01');
  await user.click(screen.getByLabelText('結果', { selector: 'input' }));
  await user.click(await screen.findByRole('option', { name: '失敗' }));
  await user.click(screen.getByRole('button', { name: '検索' }));

  await waitFor(() =>
    expect(router.state.location.search).toMatchObject({
      result: 'failed',
      ccus_id: '12304567891234',
      date_from: '2024-09-01',
    }),
  );
  expect(await screen.findByText('確認に失敗したIDはありません。')).toBeInTheDocument();
  expect(asked.at(-1)?.get('result')).toBe('failed');
  expect(asked.at(-1)?.get('ccus_id')).toBe('12304567891234');
  expect(asked.at(-1)?.get('date_from')).toBe('2024-09-01');

  await user.click(screen.getByRole('button', { name: 'クリア' }));
  await waitFor(() => expect(router.state.location.search).not.toHaveProperty('result'));

  await router.navigate({ to: '/ccus/id-checks/$table', params: { table: 'workers' }, search: { result: 'invalid' } });
  await waitFor(() => expect(asked.at(-1)?.get('result')).toBe('failed'));
});

test('確認 on a row asks CCUS about that one record now', async () => {
  const checked: string[] = [];
  server.use(
    http.get('*/api/v1/ccus/id-checks/businesses', () =>
      HttpResponse.json({ items: [invalid, valid], pagination: pagination(2) }),
    ),
    http.post('*/api/v1/ccus/id-checks/businesses/:id', ({ params }) => {
      checked.push(String(params.id));
      return HttpResponse.json({ ...invalid, result: 'ok', valid: true });
    }),
  );
  const user = userEvent.setup();
  await renderApp('/ccus/id-checks/businesses');
  const table = await screen.findByRole('table', { name: '事業者一覧' });
  await user.click(within(within(table).getByRole('row', { name: /御徒町/ })).getByRole('button', { name: '確認' }));
  await waitFor(() => expect(checked).toEqual([invalid.id]));
});

test('an unknown table shows a message instead of asking the API', async () => {
  await renderApp('/ccus/id-checks/nothing');
  expect(await screen.findByText('この種別の確認結果はありません。')).toBeInTheDocument();
});
