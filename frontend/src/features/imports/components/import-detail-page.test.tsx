import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

import { aJob, JOB_ID } from '../testing/fixtures';

test('polls a running import, shows its progress, then the row errors in Japanese', async () => {
  const answers = [
    aJob({ status: 'running', rows_total: 4, rows_done: 2, progress: 0.5 }),
    aJob({
      status: 'failed',
      rows_total: 4,
      rows_done: 4,
      progress: 1,
      error_code: 'import.rows_invalid',
      row_errors: [
        { row: 5, column: '事業者名', code: 'missing', message: 'Field required' },
        { row: 2, column: '代表電話番号', code: 'phone.invalid', message: 'bad phone' },
        { row: 3, column: 'CCUS事業者ID', code: 'something.new', message: 'Some new rule' },
      ],
    }),
  ];
  let calls = 0;
  server.use(
    http.get('*/api/v1/imports/:id', () => {
      const answer = answers[Math.min(calls, answers.length - 1)];
      calls += 1;
      return HttpResponse.json(answer);
    }),
  );
  await renderApp(`/imports/${JOB_ID}`);

  const bar = await screen.findByRole('progressbar', { name: '取込の進み具合' });
  expect(bar).toHaveAttribute('aria-valuenow', '50');
  expect(screen.getByTestId('import-progress-count')).toHaveTextContent('2 / 4 行');
  expect(screen.getByText('取込中')).toBeInTheDocument();

  expect(await screen.findByText('取り込めませんでした', {}, { timeout: 3000 })).toBeInTheDocument();
  expect(calls).toBe(2);
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  expect(screen.getByText(/エラーのある行があるため、1件も取り込みませんでした。/)).toBeInTheDocument();
  expect(screen.getByTestId('count-total')).toHaveTextContent('4');
  expect(screen.getByTestId('count-imported')).toHaveTextContent('0');
  expect(screen.getByTestId('count-errors')).toHaveTextContent('3');

  const rows = within(screen.getByRole('table', { name: 'エラーの一覧' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
  expect(rows).toEqual([
    ['2', '代表電話番号', '電話番号は0から始まる10桁または11桁の数字で入力してください。'],
    ['3', 'CCUS事業者ID', '入力内容を確認してください。'],
    ['5', '事業者名', '必須項目です。'],
  ]);
  expect(within(screen.getByRole('main')).getByRole('link', { name: '事業者一覧へ' })).toHaveAttribute(
    'href',
    '/businesses',
  );
  expect(screen.getByRole('link', { name: '一括取込へ戻る' })).toHaveAttribute('href', '/imports?kind=businesses');

  // A finished import is not polled any more.
  await new Promise((resolve) => setTimeout(resolve, 1200));
  expect(calls).toBe(2);
});

test('a successful import shows what was registered', async () => {
  server.use(
    http.get('*/api/v1/imports/:id', () =>
      HttpResponse.json(
        aJob({ kind: 'workers', status: 'succeeded', rows_total: 3, rows_done: 3, rows_imported: 3, progress: 1 }),
      ),
    ),
  );
  await renderApp(`/imports/${JOB_ID}`);
  expect(await screen.findByText('3 件の技能者を登録しました。')).toBeInTheDocument();
  expect(screen.queryByRole('table', { name: 'エラーの一覧' })).not.toBeInTheDocument();
  expect(within(screen.getByRole('main')).getByRole('link', { name: '技能者一覧へ' })).toHaveAttribute(
    'href',
    '/workers',
  );
});

test('an unknown import shows the error state', async () => {
  server.use(http.get('*/api/v1/imports/:id', () => problem(404, 'import.not_found')));
  await renderApp(`/imports/${JOB_ID}`);
  expect(await screen.findByText('取込結果が見つかりません。')).toBeInTheDocument();
});
