import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

import { aBusiness, lookupHandlers } from '../testing/fixtures';

const business = aBusiness();
const url = `/businesses/${business.id}`;

test('shows every field, the CCUS state with its error, and the links of the business', async () => {
  server.use(
    ...lookupHandlers,
    http.get('*/api/v1/businesses/:id', () =>
      HttpResponse.json(
        aBusiness({
          ccus_status: 'failed',
          ccus_error_code: 'DATF0001E',
          ccus_error_message: 'ユーザー認証に失敗しました',
        }),
      ),
    ),
  );
  await renderApp(url);
  expect(await screen.findByText('アサガヤテッキンコウギョウ')).toBeInTheDocument();
  expect(screen.getByText('12345678901234')).toBeInTheDocument();
  expect(screen.getByText('失敗 DATF0001E')).toBeInTheDocument();
  expect(screen.getByText('DATF0001E: ユーザー認証に失敗しました')).toBeInTheDocument();
  await waitFor(() => expect(screen.getByText('001支店, 鎌倉支店')).toBeInTheDocument());
  expect(screen.getByText('東京都')).toBeInTheDocument();

  const main = within(screen.getByRole('main'));
  expect(main.getByRole('link', { name: '技能者一覧' })).toHaveAttribute('href', `/workers?business_id=${business.id}`);
  expect(main.getByRole('link', { name: '技能者を追加' })).toHaveAttribute(
    'href',
    `/workers/new?business_id=${business.id}`,
  );
  expect(main.getByRole('link', { name: 'CCUS取得' })).toHaveAttribute(
    'href',
    `/ccus/remote/businesses/${business.id}`,
  );
  expect(main.getByRole('link', { name: '編集' })).toHaveAttribute('href', `${url}/edit`);
});

test('the 本人確認番号 stays masked until 表示 is pressed, and only then is it revealed', async () => {
  const user = userEvent.setup();
  let reveals = 0;
  server.use(
    ...lookupHandlers,
    http.get('*/api/v1/businesses/:id', () => HttpResponse.json(business)),
    http.post('*/api/v1/businesses/:id/verification-number/reveal', ({ params }) => {
      reveals += 1;
      expect(params.id).toBe(business.id);
      return HttpResponse.json({ verification_number: '4821' });
    }),
  );
  await renderApp(url);
  const shown = await screen.findByTestId('verification-number');
  expect(shown).toHaveTextContent('****');
  expect(screen.queryByText('4821')).not.toBeInTheDocument();
  expect(reveals).toBe(0);

  await user.click(screen.getByRole('button', { name: '表示' }));
  await waitFor(() => expect(shown).toHaveTextContent('4821'));
  expect(reveals).toBe(1);

  await user.click(screen.getByRole('button', { name: '隠す' }));
  expect(shown).toHaveTextContent('****');
});

test('a business without 本人確認番号 offers no reveal', async () => {
  server.use(
    ...lookupHandlers,
    http.get('*/api/v1/businesses/:id', () => HttpResponse.json(aBusiness({ verification_number: null }))),
  );
  await renderApp(url);
  expect(await screen.findByText('未登録')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '表示' })).not.toBeInTheDocument();
});

test('deleting a business that still has workers explains why in Japanese', async () => {
  const user = userEvent.setup();
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  server.use(
    ...lookupHandlers,
    http.get('*/api/v1/businesses/:id', () => HttpResponse.json(business)),
    http.delete('*/api/v1/businesses/:id', () => problem(409, 'business.has_workers')),
  );
  const { router } = await renderApp(url);
  await user.click(await screen.findByRole('button', { name: '削除' }));
  expect(await screen.findByText('所属する技能者がいるため、この事業者は削除できません。')).toBeInTheDocument();
  expect(router.state.location.pathname).toBe(url);
});

test('a deleted business leads back to the list', async () => {
  const user = userEvent.setup();
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  let deleted = false;
  server.use(
    ...lookupHandlers,
    http.get('*/api/v1/businesses/:id', () => HttpResponse.json(business)),
    http.delete('*/api/v1/businesses/:id', () => {
      deleted = true;
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('*/api/v1/businesses', () =>
      HttpResponse.json({ items: [], pagination: { total_count: 0, page: 1, limit: 20, max_page: 1 } }),
    ),
  );
  const { router } = await renderApp(url);
  await user.click(await screen.findByRole('button', { name: '削除' }));
  await waitFor(() => expect(router.state.location.pathname).toBe('/businesses'));
  expect(deleted).toBe(true);
});

test('an unknown business shows the error state', async () => {
  server.use(
    ...lookupHandlers,
    http.get('*/api/v1/businesses/:id', () => problem(404, 'business.not_found')),
  );
  await renderApp(url);
  expect(await screen.findByText('事業者が見つかりません。')).toBeInTheDocument();
});
