import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

const OWN = 'c0000000-0000-4000-8000-00000000000c';

test("マイページ links the own company's 事業者情報閲覧 and 建設業許可番号設定 as the seed does", async () => {
  server.use(
    http.get('*/api/v1/businesses', ({ request }) =>
      new URL(request.url).searchParams.get('is_own_company') === 'true'
        ? HttpResponse.json({ items: [{ id: OWN, name: 'コムテックス株式会社' }], pagination: pagination(1) })
        : HttpResponse.json({ items: [], pagination: pagination(0) }),
    ),
  );
  await renderApp('/me');
  expect(await screen.findByRole('link', { name: '事業者情報閲覧' })).toHaveAttribute('href', `/businesses/${OWN}`);
  expect(screen.getByRole('link', { name: '建設業許可番号設定' })).toHaveAttribute(
    'href',
    `/businesses/${OWN}/permits`,
  );
  const main = screen.getByRole('main');
  expect(within(main).getByRole('link', { name: '技能者一覧' })).toHaveAttribute('href', '/workers');
  expect(within(main).getByRole('link', { name: 'CCUS連携結果' })).toHaveAttribute('href', '/ccus/results');
});

test('without an own company registered, マイページ says why those two links are missing', async () => {
  server.use(http.get('*/api/v1/businesses', () => HttpResponse.json({ items: [], pagination: pagination(0) })));
  await renderApp('/me');
  expect(await screen.findByText(/自社（元請）の事業者が登録されていないため/)).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: '事業者情報閲覧' })).not.toBeInTheDocument();
});
