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
  expect(within(bad).getByText('無効')).toBeInTheDocument();
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
  expect(within(table).getByRole('row', { name: /コムテックス/ })).toHaveTextContent('有効');
  expect(asked[0]?.get('failed_only')).toBe('false');
});

test('the result filter goes to the URL and asks for failed IDs only', async () => {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/ccus/id-checks/workers', ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query);
      return HttpResponse.json(
        query.get('failed_only') === 'true'
          ? { items: [], pagination: pagination(0) }
          : { items: [{ ...valid, name: '水本 林男' }], pagination: pagination(1) },
      );
    }),
  );
  const user = userEvent.setup();
  const { router } = await renderApp('/ccus/id-checks/workers');
  await screen.findByRole('table', { name: '技能者一覧' });
  await user.click(screen.getByLabelText('結果', { selector: 'input' }));
  await user.click(await screen.findByRole('option', { name: '失敗のみ' }));
  await user.click(screen.getByRole('button', { name: '検索' }));

  await waitFor(() => expect(router.state.location.search).toMatchObject({ result: 'invalid' }));
  expect(await screen.findByText('確認に失敗したIDはありません。')).toBeInTheDocument();
  expect(asked.at(-1)?.get('failed_only')).toBe('true');

  await user.click(screen.getByRole('button', { name: 'クリア' }));
  await waitFor(() => expect(router.state.location.search).not.toHaveProperty('result'));
});

test('an unknown table shows a message instead of asking the API', async () => {
  await renderApp('/ccus/id-checks/nothing');
  expect(await screen.findByText('この種別の確認結果はありません。')).toBeInTheDocument();
});
