import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

import { BRANCH_ID, SITE_ID, commonHandlers, makeSite } from '../testing/fixtures';

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('combobox', { name: /支店/ }));
  await user.click(await screen.findByRole('option', { name: '神奈川支店' }));
  await user.type(screen.getByLabelText(/現場コード/), 'S23_398');
  await user.type(screen.getByLabelText(/現場名/), '竹橋AZビル 改修工事');
  await user.type(screen.getByRole('textbox', { name: /^市区町村\s*\*?$/ }), '千代田区');
}

test('a refused create shows the Japanese field error and keeps every value', async () => {
  const user = userEvent.setup();
  let body: Record<string, unknown> | undefined;
  server.use(
    ...commonHandlers,
    http.post('*/api/v1/sites', async ({ request }) => {
      body = (await request.json()) as Record<string, unknown>;
      return problem(422, 'request.validation', [{ loc: ['body', 'code'], code: 'site.code_taken', message: 'taken' }]);
    }),
  );
  const { router } = await renderApp('/sites/new');
  await fillRequired(user);
  await user.type(screen.getByLabelText('郵便番号'), '100-0003');
  await user.click(screen.getByRole('button', { name: '登録' }));

  const code = screen.getByLabelText(/現場コード/);
  await waitFor(() => expect(code).toHaveAccessibleDescription(/この現場コードは既に使われています。/));
  expect(screen.getByRole('alert')).toHaveTextContent('入力内容に誤りがあります。');
  expect(code).toHaveValue('S23_398');
  expect(screen.getByLabelText(/現場名/)).toHaveValue('竹橋AZビル 改修工事');
  expect(screen.getByLabelText('郵便番号')).toHaveValue('100-0003');
  expect(router.state.location.pathname).toBe('/sites/new');
  expect(body).toMatchObject({
    branch_id: BRANCH_ID,
    code: 'S23_398',
    city: '千代田区',
    postal_code: '100-0003',
    phone: null,
    ccus_site_id: null,
    structure_mode: 'send',
    is_visible: true,
    work_locations: [],
  });
});

test('required fields and the 建退共 code rule are checked before anything is sent', async () => {
  const user = userEvent.setup();
  let posted = false;
  server.use(
    ...commonHandlers,
    http.post('*/api/v1/sites', () => {
      posted = true;
      return HttpResponse.json(makeSite(), { status: 201 });
    }),
  );
  await renderApp('/sites/new');
  await user.click(await screen.findByRole('button', { name: '登録' }));
  expect(await screen.findByText('現場コードを入力してください。')).toBeInTheDocument();
  expect(screen.getByText('支店を選択してください。')).toBeInTheDocument();

  await user.type(screen.getByLabelText(/現場コード/), '工事01');
  await user.click(screen.getByLabelText('建退共'));
  await user.click(screen.getByRole('button', { name: '登録' }));
  expect(await screen.findByText(/建退共を利用する現場の現場コードは半角英数字/)).toBeInTheDocument();
  expect(posted).toBe(false);
});

test('a saved site with work locations opens its page', async () => {
  const user = userEvent.setup();
  let body: Record<string, unknown> | undefined;
  server.use(
    ...commonHandlers,
    http.post('*/api/v1/sites', async ({ request }) => {
      body = (await request.json()) as Record<string, unknown>;
      return HttpResponse.json(makeSite(), { status: 201 });
    }),
  );
  const { router } = await renderApp('/sites/new');
  await fillRequired(user);
  await user.click(screen.getByLabelText(/作業場所メモを有効にする/));
  await user.click(screen.getByRole('button', { name: '作業場所を追加' }));
  await user.type(screen.getByLabelText('作業場所 1'), 'A棟');
  await user.click(screen.getByRole('button', { name: '作業場所を追加' }));
  await user.type(screen.getByLabelText('作業場所 2'), 'B棟');
  await user.click(screen.getByRole('button', { name: '登録' }));

  await waitFor(() => expect(router.state.location.pathname).toBe(`/sites/${SITE_ID}`));
  expect(body).toMatchObject({ work_location_memo: true, work_locations: ['A棟', 'B棟'] });
});

test('an edit sends only the changed fields', async () => {
  const user = userEvent.setup();
  let body: unknown;
  server.use(
    ...commonHandlers,
    http.patch(`*/api/v1/sites/${SITE_ID}`, async ({ request }) => {
      body = await request.json();
      return HttpResponse.json(makeSite({ name: '竹橋AZビル 改修工事(2期)' }));
    }),
  );
  const { router } = await renderApp(`/sites/${SITE_ID}/edit`);
  const name = await screen.findByLabelText(/現場名/);
  expect(name).toHaveValue('竹橋AZビル 改修工事');
  await user.type(name, '(2期)');
  await user.click(screen.getByLabelText('現場を表示する'));
  await user.click(screen.getByRole('button', { name: '更新' }));

  await waitFor(() => expect(router.state.location.pathname).toBe(`/sites/${SITE_ID}`));
  expect(body).toEqual({ name: '竹橋AZビル 改修工事(2期)', is_visible: false });
});

test('deleting a site with history shows why in Japanese', async () => {
  const user = userEvent.setup();
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  server.use(
    ...commonHandlers,
    http.delete(`*/api/v1/sites/${SITE_ID}`, () => problem(409, 'site.has_history')),
  );
  const { router } = await renderApp(`/sites/${SITE_ID}/edit`);
  await user.click(await screen.findByRole('button', { name: '削除' }));
  expect(await screen.findByText(/就業履歴があるため、この現場は削除できません。/)).toBeInTheDocument();
  expect(router.state.location.pathname).toBe(`/sites/${SITE_ID}/edit`);
});
