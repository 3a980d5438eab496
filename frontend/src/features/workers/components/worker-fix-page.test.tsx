import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

import { WORKER_ID, masterHandlers, worker } from '../testing/fixtures';

const OUTBOX_ID = '00000000-0000-4000-8000-0000000000e1';
const refused: components['schemas']['OutboxEntry'] = {
  id: OUTBOX_ID,
  kind: 'work_day',
  entity_id: '00000000-0000-4000-8000-00000000d001',
  status: 'rejected',
  scheduled_for: '2024-09-20T17:00:00Z',
  attempts: 1,
  sent_at: '2024-09-20T17:00:00Z',
  resolved_at: '2024-09-21T01:00:00Z',
  hold_code: null,
  hold_message: null,
  error_code: 'DATK0408E',
  error_message: '技能者ID:12304567891234、技能者IDに紐付く技能者情報が存在しません。',
  advice: '技能者IDが間違っています。技能者情報（技能者ID）を更新してください。',
  branch: { id: null, name: '本社', ccus_id: null },
  site: { id: null, name: '大磯工浚渫工事', ccus_id: '02139361740172' },
  business: { id: null, name: 'コムテックス株式会社', ccus_id: '19869311056822' },
  worker: { id: WORKER_ID, name: '水本 林男', ccus_id: '12304567891234' },
  work_date: '2024-09-04',
};

function setup(pending: components['schemas']['OutboxEntry'][] = []) {
  const patches: Record<string, unknown>[] = [];
  server.use(
    ...masterHandlers,
    http.get('*/api/v1/workers/:id', () => HttpResponse.json(worker())),
    http.get('*/api/v1/ccus/outbox/:id', () => HttpResponse.json(refused)),
    http.get('*/api/v1/ccus/outbox', () =>
      HttpResponse.json({ items: pending, pagination: pagination(pending.length) }),
    ),
    http.get('*/api/v1/ccus/results', () => HttpResponse.json([])),
    http.get('*/api/v1/ccus/results/failures', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.patch('*/api/v1/workers/:id', async ({ request }) => {
      patches.push((await request.json()) as Record<string, unknown>);
      return HttpResponse.json({ ...worker(), ccus_recheck: 'queued' });
    }),
  );
  return patches;
}

test('a fix link shows the error above the form, focuses and marks the field, and returns to the list with the record named', async () => {
  const user = userEvent.setup();
  const patches = setup();
  const back = '/ccus/results?failures=1&code=DATK0408E';
  const { router } = await renderApp(`/workers/${WORKER_ID}/edit?fix=${OUTBOX_ID}&return=${encodeURIComponent(back)}`);

  const banner = await screen.findByRole('region', { name: '修正するエラー' });
  expect(within(banner).getByText('DATK0408E')).toBeInTheDocument();
  expect(within(banner).getByText(/技能者IDに紐付く技能者情報が存在しません/)).toBeInTheDocument();
  expect(within(banner).getByText(/対応方法：技能者IDが間違っています/)).toBeInTheDocument();
  expect(within(banner).getByText(/「CCUS技能者ID」を修正して更新してください/)).toBeInTheDocument();

  const field = screen.getByLabelText('CCUS技能者ID');
  await waitFor(() => expect(field).toHaveFocus());
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(field).toHaveAccessibleDescription(/DATK0408E の原因です/);

  await user.clear(field);
  await user.type(field, '12304567890001');
  await user.click(screen.getByRole('button', { name: '更新' }));

  await waitFor(() => expect(router.state.location.pathname).toBe('/ccus/results'));
  expect(router.state.location.search).toMatchObject({ failures: 1, code: 'DATK0408E', fixed: OUTBOX_ID });
  expect(patches).toEqual([{ ccus_worker_id: '12304567890001' }]);
  expect(await screen.findByText(/CCUSで再確認しています/)).toBeInTheDocument();
  expect(await screen.findByRole('status', { name: '修正した連携' })).toHaveTextContent(
    'CCUSでまだ受け付けられません。',
  );
});

test('a return address outside the app is ignored: the page goes to the worker instead', async () => {
  const user = userEvent.setup();
  setup();
  const { router } = await renderApp(
    `/workers/${WORKER_ID}/edit?fix=${OUTBOX_ID}&return=${encodeURIComponent('https://example.com/')}`,
  );
  const field = await screen.findByLabelText('CCUS技能者ID');
  await waitFor(() => expect(field).toHaveFocus());
  await user.clear(field);
  await user.type(field, '12304567890001');
  await user.click(screen.getByRole('button', { name: '更新' }));
  await waitFor(() => expect(router.state.location.pathname).toBe(`/workers/${WORKER_ID}`));
});

test('the CCUS連携 panel says what is missing and when changes go, and cancels a pending send in place', async () => {
  const user = userEvent.setup();
  const cancelled: string[] = [];
  setup([{ ...refused, id: 'pending-1', kind: 'worker', entity_id: WORKER_ID, status: 'pending', error_code: null }]);
  server.use(
    http.get('*/api/v1/workers/:id', () => HttpResponse.json(worker({ verification_number: null }))),
    http.post('*/api/v1/ccus/reservations/:id/cancel', ({ params }) => {
      cancelled.push(String(params.id));
      return HttpResponse.json({});
    }),
  );
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  await renderApp(`/workers/${WORKER_ID}/edit`);

  const panel = await screen.findByRole('region', { name: 'CCUS連携' });
  expect(
    within(panel).getByText('CCUS技能者IDまたはCCUS事業者IDまたは本人確認番号が設定されていません'),
  ).toBeInTheDocument();
  expect(within(panel).getByText(/翌日にデータが更新されます/)).toBeInTheDocument();
  expect(within(panel).getByText(/木曜日に予約された内容は金曜日の深夜に連携されます/)).toBeInTheDocument();
  expect(within(panel).getByRole('button', { name: '入力内容で更新' })).toHaveAttribute('form', 'ccus-edit-form');
  await user.click(await within(panel).findByRole('button', { name: '連携キャンセル' }));
  await waitFor(() => expect(cancelled).toEqual(['pending-1']));
});
