import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { asViewer, pagination, problem, server } from '@/testing/server';

import { SITE_ID, commonHandlers, makeEntry } from '../testing/fixtures';

const A = 'a0000000-0000-4000-8000-00000000000a';
const B = 'b0000000-0000-4000-8000-00000000000b';
const C = 'c0000000-0000-4000-8000-00000000000c';
const D = 'd0000000-0000-4000-8000-00000000000d';

// As the API sends them: by tier, then display order.
const ENTRIES = [
  makeEntry(A, '(株)水本鉄筋工業', 1, null, { insurance: { health: '1' }, permit_number: '123456' }),
  makeEntry(C, '(株)荻窪鉄筋工業', 1, null, { consent: 'refused' }),
  makeEntry(B, '(株)水本電気', 2, A, { worker_count: 6 }),
  makeEntry(D, '(株)阿佐ヶ谷鉄筋工業', 3, B, { consent: 'unanswered' }),
];

function structureHandlers() {
  server.use(
    ...commonHandlers,
    http.get(`*/api/v1/sites/${SITE_ID}/structure`, () => HttpResponse.json(ENTRIES)),
    http.get('*/api/v1/businesses', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.get('*/api/v1/masters/insurance-values', () =>
      HttpResponse.json([{ kind: 'health', code: '1', name: '加入' }]),
    ),
  );
}

test('the structure is a tree under the 元請, tiers in their columns', async () => {
  structureHandlers();
  await renderApp(`/sites/${SITE_ID}?tab=structure`);
  const rows = await screen.findAllByTestId('structure-row');
  expect(rows.map((row) => row.getAttribute('data-tier'))).toEqual(['1', '2', '3', '1']);
  expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual([
    '(株)水本鉄筋工業',
    '(株)水本電気',
    '(株)阿佐ヶ谷鉄筋工業',
    '(株)荻窪鉄筋工業',
  ]);
  expect(within(screen.getByTestId('structure-prime')).getByText('コムテックス株式会社')).toBeInTheDocument();
  expect(within(rows[0]!).getByLabelText('1次')).toBeInTheDocument();
  expect(within(rows[0]!).getByText('123456')).toBeInTheDocument();
  expect(await within(rows[0]!).findByText('加入')).toBeInTheDocument();
  expect(within(rows[2]!).getByLabelText('3次')).toBeInTheDocument();
  expect(within(rows[3]!).getByText('拒否')).toBeInTheDocument();
  expect(within(rows[2]!).getByText('未回答')).toBeInTheDocument();
  // Breadcrumbs 現場一覧 > 現場名 > 施工体制, the site name leading back to 現場情報.
  expect(screen.getByRole('link', { name: '竹橋AZビル 改修工事' })).toHaveAttribute('href', `/sites/${SITE_ID}`);
});

test('the 元請 heads the table once, with スポット数 and 利用許可状況 per business', async () => {
  const PRIME = 'e0000000-0000-4000-8000-00000000000e';
  server.use(
    ...commonHandlers,
    http.get(`*/api/v1/sites/${SITE_ID}/structure`, () =>
      HttpResponse.json([
        makeEntry(PRIME, 'コムテックス株式会社', 1, null, { is_prime: true, worker_count: 6 }),
        makeEntry(A, '(株)水本鉄筋工業', 1, null, { worker_count: 3, spot_count: 1, legal_welfare: true }),
      ]),
    ),
    http.get('*/api/v1/businesses', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.get('*/api/v1/masters/insurance-values', () => HttpResponse.json([])),
  );
  await renderApp(`/sites/${SITE_ID}?tab=structure`);
  const rows = await screen.findAllByTestId('structure-row');
  expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['(株)水本鉄筋工業']);
  const prime = screen.getByTestId('structure-prime');
  expect(within(prime).getByText('コムテックス株式会社')).toBeInTheDocument();
  expect(within(prime).getByText('6(0)')).toBeInTheDocument();
  expect(within(rows[0]!).getByText('3(1)')).toBeInTheDocument();
  expect(within(rows[0]!).getByText('利用')).toBeInTheDocument();
  expect(within(rows[0]!).getByText('未')).toBeInTheDocument();
});

test('次数変更 sends the new tier with an upper business one tier above', async () => {
  const user = userEvent.setup();
  structureHandlers();
  let body: unknown;
  server.use(
    http.patch(`*/api/v1/sites/${SITE_ID}/structure/${C}`, async ({ request }) => {
      body = await request.json();
      return HttpResponse.json({ ...ENTRIES[1], tier: 2, upper_business_id: A });
    }),
  );
  await renderApp(`/sites/${SITE_ID}?tab=structure`);
  await user.click(await screen.findByRole('button', { name: '(株)荻窪鉄筋工業の次数変更' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('combobox', { name: /次数/ }));
  await user.click(await screen.findByRole('option', { name: '2次' }));
  await user.click(within(dialog).getByRole('button', { name: '変更' }));
  expect(await within(dialog).findByText('上位事業者を選択してください。')).toBeInTheDocument();

  await user.click(within(dialog).getByRole('combobox', { name: /上位事業者/ }));
  // Only 1次 businesses can be above a 2次 one.
  expect(screen.queryByRole('option', { name: '2次 (株)水本電気' })).not.toBeInTheDocument();
  await user.click(await screen.findByRole('option', { name: '1次 (株)水本鉄筋工業' }));
  await user.click(within(dialog).getByRole('button', { name: '変更' }));

  await waitFor(() => expect(body).toEqual({ tier: 2, upper_business_id: A }));
});

test('a refused removal shows the API guard in Japanese', async () => {
  const user = userEvent.setup();
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  structureHandlers();
  server.use(http.delete(`*/api/v1/sites/${SITE_ID}/structure/${A}`, () => problem(409, 'structure.has_lower')));
  await renderApp(`/sites/${SITE_ID}?tab=structure`);
  await user.click(await screen.findByRole('button', { name: '(株)水本鉄筋工業の削除' }));
  expect(await screen.findByText('下請事業者が存在する事業者は削除できません。')).toBeInTheDocument();
});

test('事業者を追加 sends the business, tier and upper business', async () => {
  const user = userEvent.setup();
  structureHandlers();
  let body: Record<string, unknown> | undefined;
  const E = 'e0000000-0000-4000-8000-00000000000e';
  server.use(
    http.get('*/api/v1/businesses', ({ request }) => {
      const siteFilter = new URL(request.url).searchParams.get('site_id');
      const items = siteFilter ? [] : [{ id: E, name: '有限会社田花工業' }];
      return HttpResponse.json({ items, pagination: pagination(items.length) });
    }),
    http.post(`*/api/v1/sites/${SITE_ID}/structure`, async ({ request }) => {
      body = (await request.json()) as Record<string, unknown>;
      return HttpResponse.json(makeEntry(E, '有限会社田花工業', 4, D), { status: 201 });
    }),
  );
  await renderApp(`/sites/${SITE_ID}?tab=structure`);
  await screen.findAllByTestId('structure-row');
  await user.click(screen.getByRole('button', { name: '事業者を追加' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('combobox', { name: /事業者/ }));
  await user.click(await screen.findByRole('option', { name: '有限会社田花工業' }));
  await user.click(within(dialog).getByRole('combobox', { name: /次数/ }));
  await user.click(await screen.findByRole('option', { name: '4次' }));
  await user.click(within(dialog).getByRole('combobox', { name: /上位事業者/ }));
  await user.click(await screen.findByRole('option', { name: '3次 (株)阿佐ヶ谷鉄筋工業' }));
  await user.click(within(dialog).getByRole('button', { name: '追加' }));

  await waitFor(() =>
    expect(body).toMatchObject({ business_id: E, tier: 4, upper_business_id: D, consent: 'unanswered' }),
  );
});

test('a viewer sees the structure without 事業者を追加, 次数変更, 編集 or 削除', async () => {
  structureHandlers();
  server.use(asViewer);
  await renderApp(`/sites/${SITE_ID}?tab=structure`);
  const rows = await screen.findAllByTestId('structure-row');
  expect(within(rows[0]!).getByRole('button', { name: '技能者' })).toBeInTheDocument();
  for (const name of ['次数変更', '編集', '削除']) {
    expect(within(rows[0]!).queryByRole('button', { name: new RegExp(name) })).not.toBeInTheDocument();
  }
  expect(screen.queryByRole('button', { name: '事業者を追加' })).not.toBeInTheDocument();
});
