import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

import { SITE_ID, commonHandlers, makeSite } from '../testing/fixtures';

function listSites() {
  const requests: URLSearchParams[] = [];
  server.use(
    ...commonHandlers,
    http.get('*/api/v1/sites', ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return HttpResponse.json({ items: [makeSite()], pagination: pagination(41, 1, 20) });
    }),
  );
  return requests;
}

test('lists sites with the seed columns and page summary', async () => {
  listSites();
  await renderApp('/sites');
  const row = (await screen.findByText('竹橋AZビル 改修工事')).closest('tr')!;
  expect(within(row).getByText('S23_398')).toBeInTheDocument();
  expect(await within(row).findByText('神奈川支店')).toBeInTheDocument();
  expect(within(row).getByText('2023/03/15')).toBeInTheDocument();
  expect(within(row).getByText('連携済み')).toBeInTheDocument();
  expect(screen.getAllByTestId('page-summary')[0]).toHaveTextContent('(41 件中 1 - 1 件 表示)');
});

test('filters go to the URL and the API query only when 検索 is pressed', async () => {
  const user = userEvent.setup();
  const requests = listSites();
  const { router } = await renderApp('/sites?page=2');
  await screen.findByText('竹橋AZビル 改修工事');

  await user.type(screen.getByLabelText('現場名'), '竹橋');
  await user.type(screen.getByLabelText('現場コード'), 'S23');
  await user.click(screen.getByRole('combobox', { name: '現場の表示/非表示' }));
  await user.click(await screen.findByRole('option', { name: '非表示' }));
  expect(requests.at(-1)?.get('name')).toBeNull();
  await user.click(screen.getByRole('button', { name: '検索' }));

  await waitFor(() => expect(requests.at(-1)?.get('name')).toBe('竹橋'));
  const query = requests.at(-1)!;
  expect(query.get('code')).toBe('S23');
  expect(query.get('is_visible')).toBe('false');
  expect(query.get('page')).toBe('1');
  expect(router.state.location.search).toEqual({ name: '竹橋', code: 'S23', is_visible: false });

  await user.click(screen.getByRole('button', { name: 'クリア' }));
  await waitFor(() => expect(router.state.location.search).toEqual({}));
  expect(screen.getByLabelText('現場名')).toHaveValue('');
});

test('filters in the URL fill the form and reach the API', async () => {
  const requests = listSites();
  await renderApp('/sites?code=A1&has_ccus_id=false&page=3');
  await screen.findByText('竹橋AZビル 改修工事');
  const query = requests.at(-1)!;
  expect(query.get('code')).toBe('A1');
  expect(query.get('has_ccus_id')).toBe('false');
  expect(query.get('page')).toBe('3');
  expect(screen.getByLabelText('現場コード')).toHaveValue('A1');
  expect(screen.getByRole('combobox', { name: 'CCUS現場ID 有無' })).toHaveValue('なし');
});

test('a row opens the site', async () => {
  const user = userEvent.setup();
  listSites();
  const { router } = await renderApp('/sites');
  await user.click(await screen.findByText('竹橋AZビル 改修工事'));
  await waitFor(() => expect(router.state.location.pathname).toBe(`/sites/${SITE_ID}`));
});

test('an empty result says so', async () => {
  server.use(
    ...commonHandlers,
    http.get('*/api/v1/sites', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
  );
  await renderApp('/sites?name=zzz');
  expect(await screen.findByText('条件に一致する現場はありません。')).toBeInTheDocument();
});
