import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { ME, pagination, problem, server } from '@/testing/server';

const branch = {
  id: 'b1',
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  code: '001',
  name: '001支店',
  display_order: 1,
};

test('lists branches with the seed-style page summary', async () => {
  server.use(http.get('*/api/v1/branches', () => HttpResponse.json({ items: [branch], pagination: pagination(1) })));
  await renderApp('/branches');
  expect(await screen.findByText('001支店')).toBeInTheDocument();
  expect(screen.getByTestId('page-summary')).toHaveTextContent('(1 件中 1 - 1 件 表示)');
});

test('a refused save shows the field error in Japanese and keeps what was typed', async () => {
  const user = userEvent.setup();
  server.use(
    http.get('*/api/v1/branches', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.post('*/api/v1/branches', () =>
      problem(409, 'branch.code_taken', [{ loc: ['body', 'code'], code: 'branch.code_taken', message: 'taken' }]),
    ),
  );
  await renderApp('/branches');
  expect(await screen.findByText('拠点・支店はまだ登録されていません。')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '拠点・支店を追加' }));
  await user.type(await screen.findByLabelText(/拠点・支店コード/), '001');
  await user.type(screen.getByLabelText(/拠点・支店名/), '鎌倉支店');
  await user.click(screen.getByRole('button', { name: '登録' }));

  const codeInput = screen.getByLabelText(/拠点・支店コード/);
  await waitFor(() => expect(codeInput).toHaveAccessibleDescription('この拠点・支店コードは既に使われています。'));
  expect(screen.getByLabelText(/拠点・支店名/)).toHaveValue('鎌倉支店');
});

test('a required field is checked before anything is sent', async () => {
  const user = userEvent.setup();
  let posted = false;
  server.use(
    http.get('*/api/v1/branches', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.post('*/api/v1/branches', () => {
      posted = true;
      return HttpResponse.json(branch, { status: 201 });
    }),
  );
  await renderApp('/branches');
  await user.click(await screen.findByRole('button', { name: '拠点・支店を追加' }));
  await user.click(await screen.findByRole('button', { name: '登録' }));
  expect(await screen.findByText('拠点・支店コードを入力してください。')).toBeInTheDocument();
  await waitFor(() => expect(posted).toBe(false));
});

test('the page number lives in the URL and reaches the API', async () => {
  const user = userEvent.setup();
  const pages: string[] = [];
  server.use(
    http.get('*/api/v1/branches', ({ request }) => {
      const page = Number(new URL(request.url).searchParams.get('page'));
      pages.push(String(page));
      return HttpResponse.json({
        items: [{ ...branch, id: `b${page}`, name: `${page}ページ目の支店` }],
        pagination: pagination(120, page, 50),
      });
    }),
  );
  const { router } = await renderApp('/branches?page=2');
  expect(await screen.findByText('2ページ目の支店')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '3' }));
  expect(await screen.findByText('3ページ目の支店')).toBeInTheDocument();
  expect(router.state.location.search).toEqual({ page: 3 });
  expect(pages).toEqual(['2', '3']);
});

test('staff, who may not change masters, see the branches without 追加, 編集 or 削除', async () => {
  server.use(
    http.get('*/api/v1/me', () =>
      HttpResponse.json({
        ...ME,
        role: 'staff',
        scopes: ['registry:read', 'registry:write', 'attendance:read', 'attendance:write', 'ccus:read', 'ccus:write'],
      }),
    ),
    http.get('*/api/v1/branches', () => HttpResponse.json({ items: [branch], pagination: pagination(1) })),
  );
  await renderApp('/branches');
  expect(await screen.findByText('001支店')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '拠点・支店を追加' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '編集' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '削除' })).not.toBeInTheDocument();
});
