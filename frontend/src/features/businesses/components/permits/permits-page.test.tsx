import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

import { aBusiness, lookupHandlers } from '../../testing/fixtures';

const ID = aBusiness().id;
const PERMIT = {
  id: 'p1',
  business_id: ID,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  authority: 'governor',
  prefecture_code: '13',
  grade: 'general',
  number: 123456,
  trades: ['筋', 'と'],
  expires_on: '2029-03-31',
};

function handlers(bodies: unknown[], answer: () => Response = () => HttpResponse.json(PERMIT, { status: 201 })) {
  server.use(
    ...lookupHandlers,
    http.get(`*/api/v1/businesses/${ID}`, () => HttpResponse.json(aBusiness())),
    http.get(`*/api/v1/businesses/${ID}/permits`, () => HttpResponse.json([PERMIT])),
    http.post(`*/api/v1/businesses/${ID}/permits`, async ({ request }) => {
      bodies.push(await request.json());
      return answer();
    }),
  );
}

test('lists permits as written on paper, with their trades and expiry', async () => {
  handlers([]);
  await renderApp(`/businesses/${ID}/permits`);
  const row = (await screen.findByText('東京都知事許可(般)第123456号')).closest('tr')!;
  expect(within(row).getByText('鉄筋工事、とび・土工・コンクリート工事')).toBeInTheDocument();
  expect(within(row).getByText('2029/03/31')).toBeInTheDocument();
});

test('a 大臣許可 is added without a prefecture, with its trades and expiry', async () => {
  const user = userEvent.setup();
  const bodies: unknown[] = [];
  handlers(bodies);
  await renderApp(`/businesses/${ID}/permits`);
  await user.click(await screen.findByRole('button', { name: '許可番号を追加' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('radio', { name: '国土交通大臣' }));
  expect(within(dialog).queryByRole('combobox', { name: '都道府県' })).not.toBeInTheDocument();
  await user.click(within(dialog).getByRole('radio', { name: '特（特定建設業）' }));
  await user.type(within(dialog).getByLabelText(/許可番号/), '7');
  await user.click(within(dialog).getAllByLabelText(/業種/)[0]!);
  await user.click(await screen.findByRole('option', { name: '建（建築一式工事）' }));
  await user.type(within(dialog).getByLabelText(/有効期限/), '2027-01-31');
  await user.click(within(dialog).getByRole('button', { name: '登録' }));
  await waitFor(() =>
    expect(bodies).toEqual([
      {
        authority: 'minister',
        prefecture_code: null,
        grade: 'special',
        number: 7,
        trades: ['建'],
        expires_on: '2027-01-31',
      },
    ]),
  );
});

test('a 知事許可 needs its prefecture before anything is sent; a refusal lands on its field', async () => {
  const user = userEvent.setup();
  const bodies: unknown[] = [];
  handlers(bodies, () =>
    problem(422, 'request.validation', [
      { loc: ['body', 'trades', 1], code: 'permit.trade_duplicate', message: 'listed twice' },
    ]),
  );
  await renderApp(`/businesses/${ID}/permits`);
  await user.click(await screen.findByRole('button', { name: '許可番号を追加' }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByLabelText(/許可番号/), '12');
  await user.click(within(dialog).getAllByLabelText(/業種/)[0]!);
  await user.click(await screen.findByRole('option', { name: '筋（鉄筋工事）' }));
  await user.type(within(dialog).getByLabelText(/有効期限/), '2029-03-31');
  await user.click(within(dialog).getByRole('button', { name: '登録' }));
  expect(await within(dialog).findByText('知事許可の場合は都道府県を選択してください。')).toBeInTheDocument();
  expect(bodies).toEqual([]);

  await user.click(within(dialog).getByRole('combobox', { name: '都道府県' }));
  await user.click(await screen.findByRole('option', { name: '東京都' }));
  await user.click(within(dialog).getByRole('button', { name: '登録' }));
  expect(await within(dialog).findByText('同じ業種が重複しています。')).toBeInTheDocument();
  expect(bodies).toHaveLength(1);
  expect(within(dialog).getByLabelText(/許可番号/)).toHaveValue('第12号');
});
