import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

const WORKER_ID = '00000000-0000-4000-8000-00000000f001';

// Only the fields the page reads; the API sends the whole worker.
const worker = {
  id: WORKER_ID,
  family_name: '水本',
  given_name: '林男',
  family_kana: 'ミズモト',
  given_kana: 'リンオ',
  birth_date: '1981-04-01',
  ccus_worker_id: '12304567891234',
};

const remote = {
  kind: 'worker',
  ccus_id: '12304567891234',
  data: { name: '水本 林男', name_kana: 'ミズモト リンオ', birth_date: '1980-04-01', occupation_codes: ['10'] },
  differences: [{ field: 'birth_date', ours: '1981-04-01', ccus: '1980-04-01' }],
};

afterEach(() => vi.restoreAllMocks());

function useWorkerHandlers() {
  server.use(
    http.get('*/api/v1/workers/:id', () => HttpResponse.json(worker)),
    http.get('*/api/v1/ccus/remote/workers/:id', () => HttpResponse.json(remote)),
  );
}

test('shows each field for genba and CCUS and highlights the one that differs', async () => {
  useWorkerHandlers();
  await renderApp(`/ccus/remote/workers/${WORKER_ID}`);
  const table = await screen.findByRole('table', { name: 'CCUSとの比較' });
  const birth = within(table).getByRole('row', { name: /生年月日/ });
  expect(birth).toHaveAttribute('data-differs', 'true');
  expect(within(birth).getByText('1981/04/01')).toBeInTheDocument();
  expect(within(birth).getByText('1980/04/01')).toBeInTheDocument();
  expect(within(birth).getByText('差異あり')).toBeInTheDocument();

  const name = within(table).getByRole('row', { name: /技能者名 / });
  expect(name).toHaveAttribute('data-differs', 'false');
  expect(within(name).getByText('一致')).toBeInTheDocument();
  expect(screen.getByText(/CCUSと異なる項目が 1 件あります/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: '編集画面を開く' })).toHaveAttribute('href', `/workers/${WORKER_ID}/edit`);
});

test('takes the chosen CCUS values with the usual update', async () => {
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  let patched: unknown = null;
  useWorkerHandlers();
  server.use(
    http.patch('*/api/v1/workers/:id', async ({ request }) => {
      patched = await request.json();
      return HttpResponse.json({ ...worker, birth_date: '1980-04-01' });
    }),
  );
  const user = userEvent.setup();
  await renderApp(`/ccus/remote/workers/${WORKER_ID}`);
  const apply = await screen.findByRole('button', { name: 'チェックした項目をCCUSの値で更新' });
  expect(apply).toBeDisabled();
  await user.click(screen.getByRole('checkbox', { name: '生年月日をCCUSの値にする' }));
  await user.click(apply);

  await waitFor(() => expect(patched).toEqual({ birth_date: '1980-04-01' }));
  expect(await screen.findByText('CCUSの値で更新しました。')).toBeInTheDocument();
});

test('a refused update shows the field error and keeps the choice', async () => {
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  useWorkerHandlers();
  server.use(
    http.patch('*/api/v1/workers/:id', () =>
      problem(422, 'request.validation', [
        { loc: ['body', 'birth_date'], code: 'worker.birth_date_implausible', message: 'implausible' },
      ]),
    ),
  );
  const user = userEvent.setup();
  await renderApp(`/ccus/remote/workers/${WORKER_ID}`);
  await user.click(await screen.findByRole('checkbox', { name: '生年月日をCCUSの値にする' }));
  await user.click(screen.getByRole('button', { name: 'チェックした項目をCCUSの値で更新' }));
  expect(await screen.findByText(/生年月日を確認してください。/)).toBeInTheDocument();
  expect(screen.getByRole('checkbox', { name: '生年月日をCCUSの値にする' })).toBeChecked();
});

test('an entity without a CCUS ID says so and links to its edit page', async () => {
  server.use(
    http.get('*/api/v1/workers/:id', () => HttpResponse.json(worker)),
    http.get('*/api/v1/ccus/remote/workers/:id', () => problem(404, 'ccus.not_linked')),
  );
  await renderApp(`/ccus/remote/workers/${WORKER_ID}`);
  expect(await screen.findByText('CCUS IDが登録されていないため、CCUSから取得できません。')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: '編集画面でCCUS IDを確認・登録する' })).toHaveAttribute(
    'href',
    `/workers/${WORKER_ID}/edit`,
  );
});

test('CCUS being unreachable offers to try again', async () => {
  let calls = 0;
  server.use(
    http.get('*/api/v1/workers/:id', () => HttpResponse.json(worker)),
    http.get('*/api/v1/ccus/remote/workers/:id', () => {
      calls += 1;
      return calls === 1 ? problem(503, 'ccus.unavailable') : HttpResponse.json(remote);
    }),
  );
  const user = userEvent.setup();
  await renderApp(`/ccus/remote/workers/${WORKER_ID}`);
  expect(await screen.findByText('CCUSに接続できません。時間をおいて再度お試しください。')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '再取得' }));
  expect(await screen.findByRole('table', { name: 'CCUSとの比較' })).toBeInTheDocument();
});
