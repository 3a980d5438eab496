import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

import { aBusiness, lookupHandlers } from '../testing/fixtures';

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('combobox', { name: /所属支店/ }));
  await user.click(await screen.findByRole('option', { name: '鎌倉支店' }));
  await user.type(screen.getByLabelText(/^事業者名(?!\()/), '(株)荻窪鉄筋工業');
  await user.type(screen.getByLabelText(/^事業者名\(カナ\)/), 'オギクボテッキンコウギョウ');
  await user.type(screen.getByLabelText(/^代表電話番号/), '0312345678');
}

test('a new business is sent with every field and opens its page', async () => {
  const user = userEvent.setup();
  let body: Record<string, unknown> | undefined;
  const created = aBusiness({ id: '22222222-2222-4222-8222-222222222222' });
  server.use(
    ...lookupHandlers,
    http.post('*/api/v1/businesses', async ({ request }) => {
      body = (await request.json()) as Record<string, unknown>;
      return HttpResponse.json(created, { status: 201 });
    }),
    http.get('*/api/v1/businesses/:id', () => HttpResponse.json(created)),
  );
  const { router } = await renderApp('/businesses/new');
  await fillRequired(user);
  await user.type(screen.getByRole('textbox', { name: 'CCUS事業者ID' }), '12345678901234');
  await user.type(screen.getByRole('textbox', { name: '本人確認番号' }), '4821');
  await user.click(screen.getByRole('button', { name: '登録' }));

  await waitFor(() => expect(router.state.location.pathname).toBe(`/businesses/${created.id}`));
  expect(body).toEqual({
    branch_ids: ['br-2'],
    code: null,
    name: '(株)荻窪鉄筋工業',
    name_kana: 'オギクボテッキンコウギョウ',
    phone: '0312345678',
    email: null,
    postal_code: null,
    prefecture_code: null,
    address: null,
    fax: null,
    representative_name: null,
    office_name: null,
    kentaikyo_contract_number: null,
    ccus_business_id: '12345678901234',
    verification_number: '4821',
    is_own_company: false,
  });
});

test('a refused create shows the Japanese field error and keeps every value', async () => {
  const user = userEvent.setup();
  server.use(
    ...lookupHandlers,
    http.post('*/api/v1/businesses', () =>
      problem(422, 'request.validation', [
        { loc: ['body', 'ccus_business_id'], code: 'business.ccus_id_taken', message: 'taken' },
      ]),
    ),
  );
  const { router } = await renderApp('/businesses/new');
  await fillRequired(user);
  const ccusId = screen.getByRole('textbox', { name: 'CCUS事業者ID' });
  await user.type(ccusId, '12345678901234');
  await user.click(screen.getByRole('button', { name: '登録' }));

  expect(await screen.findByText('このCCUS事業者IDは別の事業者に登録されています。')).toBeInTheDocument();
  expect(within(screen.getByRole('main')).getByRole('alert')).toHaveTextContent('入力内容に誤りがあります。');
  expect(ccusId).toHaveValue('12345678901234');
  expect(screen.getByLabelText(/^事業者名(?!\()/)).toHaveValue('(株)荻窪鉄筋工業');
  expect(screen.getByLabelText(/^代表電話番号/)).toHaveValue('0312345678');
  expect(screen.getByText('鎌倉支店', { selector: '.mantine-Pill-label' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/businesses/new');
});

test('required fields and the representative rule are checked before sending', async () => {
  const user = userEvent.setup();
  let posted = false;
  server.use(
    ...lookupHandlers,
    http.post('*/api/v1/businesses', () => {
      posted = true;
      return HttpResponse.json(aBusiness(), { status: 201 });
    }),
  );
  await renderApp('/businesses/new');
  await user.click(await screen.findByRole('button', { name: '登録' }));
  expect(await screen.findByText('事業者名を入力してください。')).toBeInTheDocument();
  expect(screen.getByText('所属支店を1つ以上選択してください。')).toBeInTheDocument();
  expect(screen.getByText('代表電話番号を入力してください。')).toBeInTheDocument();
  expect(screen.getByText('CCUS事業者IDがない場合は代表者名を入力してください。')).toBeInTheDocument();
  expect(posted).toBe(false);
});

test('editing sends only the changed fields and keeps the 本人確認番号 when left empty', async () => {
  const user = userEvent.setup();
  const business = aBusiness();
  let body: Record<string, unknown> | undefined;
  server.use(
    ...lookupHandlers,
    http.get('*/api/v1/businesses/:id', () => HttpResponse.json(business)),
    http.patch('*/api/v1/businesses/:id', async ({ request }) => {
      body = (await request.json()) as Record<string, unknown>;
      return HttpResponse.json({ ...business, phone: '0398765432', email: null });
    }),
  );
  const { router } = await renderApp(`/businesses/${business.id}/edit`);
  const phone = await screen.findByLabelText(/^代表電話番号/);
  expect(phone).toHaveValue('0312345678');
  expect(screen.getByRole('textbox', { name: '本人確認番号' })).toHaveValue('');
  expect(screen.getByText(/空欄のままなら現在の番号を保持します/)).toBeInTheDocument();

  await user.clear(phone);
  await user.type(phone, '0398765432');
  await user.clear(screen.getByRole('textbox', { name: 'メールアドレス' }));
  await user.click(screen.getByRole('button', { name: '更新' }));

  await waitFor(() => expect(router.state.location.pathname).toBe(`/businesses/${business.id}`));
  expect(body).toEqual({ phone: '0398765432', email: null });
});
