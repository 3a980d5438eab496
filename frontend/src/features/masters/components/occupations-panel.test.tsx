import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { renderApp } from '@/testing/render-app';
import { problem, server } from '@/testing/server';

type S = components['schemas'];

const OWN: S['Occupation'] = {
  id: '00000000-0000-4000-8000-0000000000aa',
  major_code: 'T1',
  major_name: '自社工',
  minor_code: 'T101',
  minor_name: '自社作業',
  evaluable: null,
  confidence: 'tenant',
  source: 'tenant',
  is_active: true,
  shipped: false,
};
const SHIPPED: S['Occupation'] = {
  ...OWN,
  id: 'shipped',
  major_code: '05',
  minor_code: '01',
  shipped: true,
  minor_name: '鉄筋工',
};

function occupations(posts: unknown[], patches: unknown[]) {
  server.use(
    http.get('*/api/v1/masters/occupations', () => HttpResponse.json([SHIPPED, OWN])),
    http.get('*/api/v1/masters/:other', () => HttpResponse.json([])),
    http.post('*/api/v1/masters/occupations', async ({ request }) => {
      posts.push(await request.json());
      return posts.length === 1 ? problem(409, 'occupation.code_taken') : HttpResponse.json(OWN, { status: 201 });
    }),
    http.patch('*/api/v1/masters/occupations/:id', async ({ request, params }) => {
      patches.push({ id: params.id, body: await request.json() });
      return HttpResponse.json({ ...OWN, is_active: false });
    }),
  );
}

test('自社の職種 is added with its codes; a taken code is said and the form keeps what was typed', async () => {
  const user = userEvent.setup();
  const posts: unknown[] = [];
  occupations(posts, []);
  await renderApp('/masters');
  await user.click(await screen.findByRole('button', { name: '職種を追加' }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByLabelText(/大分類コード/), 'T2');
  await user.type(within(dialog).getByLabelText(/^大分類\s*\*?$/), '足場工');
  await user.type(within(dialog).getByLabelText(/小分類コード/), 'T201');
  await user.type(within(dialog).getByLabelText(/^小分類\s*\*?$/), '足場組立');
  await user.click(within(dialog).getByRole('button', { name: '登録' }));
  expect(await within(dialog).findByText(/この職種コードは既に使われています/)).toBeInTheDocument();
  expect(within(dialog).getByLabelText(/小分類コード/)).toHaveValue('T201');
  await user.click(within(dialog).getByRole('button', { name: '登録' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(posts.at(-1)).toEqual({
    major_code: 'T2',
    major_name: '足場工',
    minor_code: 'T201',
    minor_name: '足場組立',
    evaluable: null,
  });
});

test('only the tenant’s own occupations have 編集; putting one out of use sends is_active false', async () => {
  const user = userEvent.setup();
  const patches: unknown[] = [];
  occupations([], patches);
  await renderApp('/masters');
  const table = await screen.findByRole('table', { name: '職種' });
  expect(within(within(table).getByRole('row', { name: /05 自社工 01 鉄筋工/ })).queryByRole('button')).toBeNull();
  await user.click(
    within(within(table).getByRole('row', { name: /T1 自社工 T101/ })).getByRole('button', { name: '編集' }),
  );
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByLabelText(/大分類コード/)).toBeDisabled();
  await user.click(within(dialog).getByLabelText(/使用中/));
  await user.click(within(dialog).getByRole('button', { name: '更新' }));
  await waitFor(() =>
    expect(patches).toEqual([
      { id: OWN.id, body: { major_name: '自社工', minor_name: '自社作業', evaluable: null, is_active: false } },
    ]),
  );
});
