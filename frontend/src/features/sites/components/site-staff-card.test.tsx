import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';

import { SITE_ID, STAFF_ID, commonHandlers } from '../testing/fixtures';

test('現場担当者 are chosen from the tenant users and saved as the whole list', async () => {
  const user = userEvent.setup();
  const bodies: unknown[] = [];
  server.use(
    ...commonHandlers,
    http.put(`*/api/v1/sites/${SITE_ID}/staff`, async ({ request }) => {
      bodies.push(await request.json());
      return HttpResponse.json([{ id: STAFF_ID, name: '水本 太郎' }]);
    }),
  );
  await renderApp(`/sites/${SITE_ID}`);
  const card = (await screen.findByRole('heading', { name: '現場担当者' })).closest('div')!;
  await user.click((await within(card).findAllByLabelText('担当者'))[0]!);
  await user.click(await screen.findByRole('option', { name: '水本 太郎' }));
  await user.click(within(card).getByRole('button', { name: '保存' }));
  await waitFor(() => expect(bodies).toEqual([{ user_ids: [STAFF_ID] }]));
  expect(await screen.findByText('現場担当者を保存しました。')).toBeInTheDocument();
});

test('a refused save says why and keeps the choice', async () => {
  const user = userEvent.setup();
  server.use(
    ...commonHandlers,
    http.put(`*/api/v1/sites/${SITE_ID}/staff`, () =>
      HttpResponse.json(
        {
          type: 'x',
          title: 'Invalid input',
          status: 422,
          detail: 'Invalid input',
          code: 'request.validation',
          errors: [],
        },
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  );
  await renderApp(`/sites/${SITE_ID}`);
  const card = (await screen.findByRole('heading', { name: '現場担当者' })).closest('div')!;
  await user.click((await within(card).findAllByLabelText('担当者'))[0]!);
  await user.click(await screen.findByRole('option', { name: '水本 太郎' }));
  await user.click(within(card).getByRole('button', { name: '保存' }));
  expect(await screen.findByText('現場担当者を保存できませんでした')).toBeInTheDocument();
  expect(within(card).getAllByText('水本 太郎').length).toBeGreaterThan(0);
});
