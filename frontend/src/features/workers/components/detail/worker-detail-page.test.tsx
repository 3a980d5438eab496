import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { asViewer, problem, server } from '@/testing/server';

import { WORKER_ID, masterHandlers, worker } from '../../testing/fixtures';

const CAREER = {
  worker_id: WORKER_ID,
  total_days: 720,
  ccus_valid_days: 700,
  thresholds: [
    { level: 2, days: 645, reached: true, remaining: 0 },
    { level: 3, days: 1505, reached: false, remaining: 805 },
    { level: 4, days: 2150, reached: false, remaining: 1450 },
  ],
};

function detailHandlers(overrides: Parameters<typeof worker>[0] = {}) {
  return [
    ...masterHandlers,
    http.get('*/api/v1/workers/:id', () => HttpResponse.json(worker(overrides))),
    http.get('*/api/v1/workers/:id/career', () => HttpResponse.json(CAREER)),
  ];
}

test('shows the fields in groups with the CCUS status, its error and the links', async () => {
  server.use(
    ...detailHandlers({
      ccus_status: 'failed',
      ccus_error_code: 'DATF0001E',
      ccus_error_message: 'ユーザ12304567891234の認証に失敗しました。',
    }),
  );
  await renderApp(`/workers/${WORKER_ID}`);
  expect(await screen.findByRole('heading', { name: '川越 十郎' })).toBeInTheDocument();

  const basic = screen.getByRole('region', { name: '基本情報' });
  expect(within(basic).getByText('KS64920862')).toBeInTheDocument();
  expect(within(basic).getByText('1980/04/01')).toBeInTheDocument();
  expect(await within(basic).findByText('労働者')).toBeInTheDocument();
  expect(within(screen.getByRole('region', { name: '連絡先' })).getByText('09056190001')).toBeInTheDocument();
  expect(
    within(screen.getByRole('region', { name: '職種・資格' })).getByText('鉄筋工：鉄筋圧接工'),
  ).toBeInTheDocument();
  expect(within(screen.getByRole('region', { name: '健康' })).getByText('A型 Rh+')).toBeInTheDocument();
  expect(
    within(screen.getByRole('region', { name: '在籍' })).getByText('在籍', { selector: 'span' }),
  ).toBeInTheDocument();
  expect(screen.getByText('失敗 DATF0001E')).toBeInTheDocument();
  expect(screen.getByTestId('ccus-error')).toHaveTextContent('DATF0001E ユーザ12304567891234の認証に失敗しました。');

  expect(screen.getByRole('link', { name: '就業履歴' })).toHaveAttribute('href', `/attendance?worker_id=${WORKER_ID}`);
  expect(screen.getByRole('link', { name: 'CCUS取得' })).toHaveAttribute('href', `/ccus/remote/workers/${WORKER_ID}`);
  expect(screen.getByRole('link', { name: '編集' })).toHaveAttribute('href', `/workers/${WORKER_ID}/edit`);
});

test('career shows the accepted days against each skill-level threshold', async () => {
  server.use(...detailHandlers());
  await renderApp(`/workers/${WORKER_ID}`);
  expect(await screen.findByTestId('ccus-valid-days')).toHaveTextContent('700');
  expect(screen.getByText('記録された就業日数 720 日')).toBeInTheDocument();
  const level2 = screen.getByTestId('threshold-2');
  expect(level2).toHaveTextContent('700 / 645 日');
  expect(within(level2).getByText('到達')).toBeInTheDocument();
  const level3 = screen.getByTestId('threshold-3');
  expect(level3).toHaveTextContent('700 / 1,505 日');
  expect(level3).toHaveTextContent('あと 805 日');
  expect(screen.getByTestId('threshold-4')).toHaveTextContent('700 / 2,150 日');
  expect(screen.getByRole('progressbar', { name: 'レベル3までの進捗' })).toHaveAttribute('aria-valuenow', '47');
});

test('the 本人確認番号 is shown only after the audited reveal call', async () => {
  const user = userEvent.setup();
  let revealed = 0;
  server.use(
    ...detailHandlers(),
    http.post('*/api/v1/workers/:id/verification-number/reveal', () => {
      revealed += 1;
      return HttpResponse.json({ verification_number: '4821' });
    }),
  );
  await renderApp(`/workers/${WORKER_ID}`);
  expect(await screen.findByText('****')).toBeInTheDocument();
  expect(screen.queryByText('4821')).not.toBeInTheDocument();
  expect(revealed).toBe(0);

  const button = screen.getByRole('button', { name: '表示' });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
  expect(await screen.findByTestId('verification-number')).toHaveTextContent('4821');
  expect(revealed).toBe(1);
  expect(screen.queryByText('****')).not.toBeInTheDocument();
});

test('deleting a worker with history explains it can only be retired', async () => {
  const user = userEvent.setup();
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  server.use(
    ...detailHandlers(),
    http.delete('*/api/v1/workers/:id', () => problem(409, 'worker.has_history')),
  );
  const { router } = await renderApp(`/workers/${WORKER_ID}`);
  await user.click(await screen.findByRole('button', { name: '削除' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('就業履歴があるため、この技能者は削除できません。');
  expect(router.state.location.pathname).toBe(`/workers/${WORKER_ID}`);
});

test('a retired worker is marked as such', async () => {
  server.use(...detailHandlers({ retired_on: '2025-12-31', is_retired: true }));
  await renderApp(`/workers/${WORKER_ID}`);
  expect(await screen.findByText('退職済みの技能者です')).toBeInTheDocument();
  expect(within(screen.getByRole('region', { name: '在籍' })).getByText('2025/12/31')).toBeInTheDocument();
});

test('an unknown worker shows the error state', async () => {
  server.use(
    ...masterHandlers,
    http.get('*/api/v1/workers/:id', () => problem(404, 'worker.not_found')),
  );
  await renderApp(`/workers/${WORKER_ID}`);
  expect(await screen.findByText('技能者が見つかりません。')).toBeInTheDocument();
});

test('a viewer sees the worker but neither 編集 nor 削除, nor the 本人確認番号 表示', async () => {
  server.use(...detailHandlers(), asViewer);
  await renderApp(`/workers/${WORKER_ID}`);
  expect(await screen.findByRole('heading', { name: '川越 十郎' })).toBeInTheDocument();
  await screen.findByText('(表示権限なし)');
  expect(screen.queryByRole('link', { name: '編集' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '削除' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '表示' })).not.toBeInTheDocument();
});
