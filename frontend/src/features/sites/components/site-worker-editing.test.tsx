import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { renderApp } from '@/testing/render-app';
import { pagination, problem, server } from '@/testing/server';

import { SITE_ID, commonHandlers, makeEntry, makeOccupation } from '../testing/fixtures';

const BUSINESS_ID = 'a0000000-0000-4000-8000-00000000000a';
const ATTENDED = 'f0000000-0000-4000-8000-000000000001';
const NEWCOMER = 'f0000000-0000-4000-8000-000000000002';
const REBAR = makeOccupation('o1', ['10', '鉄筋工'], ['1001', '鉄筋工']);

function siteWorker(id: string, family: string, attended: boolean): components['schemas']['SiteWorker'] {
  return {
    id: `sw-${id}`,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    site_id: SITE_ID,
    worker: {
      id,
      code: `KS-${family}`,
      family_name: family,
      given_name: '四郎',
      family_kana: 'イグサ',
      given_kana: 'シロウ',
      employment_type_code: '2',
      ccus_worker_id: null,
      retired_on: null,
    },
    business_id: BUSINESS_ID,
    occupation_id: REBAR.id,
    position_code: null,
    is_spot: false,
    insurance: { health: '03' },
    special_accident_insurance: false,
    first_work_date: null,
    phone: null,
    has_attendance: attended,
  };
}

const newcomer = {
  id: NEWCOMER,
  code: 'KS17909630',
  family_name: '井草',
  given_name: '四郎',
  is_retired: false,
  business: { id: BUSINESS_ID, code: 'B2', name: '(株)阿佐ヶ谷鉄筋工業' },
};

function handlers() {
  const sent: { method: string; body?: unknown; url: string }[] = [];
  server.use(
    ...commonHandlers,
    http.get(`*/api/v1/sites/${SITE_ID}/workers`, () => HttpResponse.json([siteWorker(ATTENDED, '佐藤', true)])),
    http.get(`*/api/v1/sites/${SITE_ID}/structure`, () =>
      HttpResponse.json([makeEntry(BUSINESS_ID, '(株)阿佐ヶ谷鉄筋工業', 1, null)]),
    ),
    http.get('*/api/v1/workers', () => HttpResponse.json({ items: [newcomer], pagination: pagination(1) })),
    http.get('*/api/v1/businesses', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.get('*/api/v1/masters/occupations', () => HttpResponse.json([REBAR])),
    http.get('*/api/v1/masters/positions', () => HttpResponse.json([])),
    http.get('*/api/v1/masters/employment-types', () => HttpResponse.json([{ code: '2', name: '労働者' }])),
    http.get('*/api/v1/masters/insurance-values', () =>
      HttpResponse.json([
        { kind: 'health', code: '03', name: '建設国保' },
        { kind: 'pension', code: '01', name: '厚生年金' },
        { kind: 'employment', code: '01', name: '被保険者' },
      ]),
    ),
    http.post(`*/api/v1/sites/${SITE_ID}/workers`, async ({ request }) => {
      sent.push({ method: 'POST', url: request.url, body: await request.json() });
      return HttpResponse.json(siteWorker(NEWCOMER, '井草', false), { status: 201 });
    }),
    http.delete(`*/api/v1/sites/${SITE_ID}/workers/:workerId`, ({ request }) => {
      sent.push({ method: 'DELETE', url: request.url });
      return problem(409, 'site_worker.has_attendance');
    }),
  );
  return sent;
}

test('the list shows 保険加入状況 and 特別加入労災 per site worker', async () => {
  handlers();
  await renderApp(`/sites/${SITE_ID}?tab=workers`);
  const row = (await screen.findByText('KS-佐藤')).closest('tr')!;
  expect(await within(row).findByText('建設国保')).toBeInTheDocument();
  expect(within(row).getByText('×')).toBeInTheDocument();
  expect(within(row).getByText('(株)阿佐ヶ谷鉄筋工業')).toBeInTheDocument();
});

test('技能者追加 sends the chosen worker of a structure business with its insurance', async () => {
  const user = userEvent.setup();
  const sent = handlers();
  await renderApp(`/sites/${SITE_ID}?tab=workers`);
  await user.click(await screen.findByRole('button', { name: '技能者追加' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: '追加' }));
  expect(await within(dialog).findByText('事業者を選択してください。')).toBeInTheDocument();
  expect(sent).toEqual([]);

  await user.click(within(dialog).getByRole('combobox', { name: /^事業者/ }));
  await user.click(await screen.findByRole('option', { name: '(株)阿佐ヶ谷鉄筋工業' }));
  await user.click(within(dialog).getByRole('combobox', { name: /^技能者/ }));
  await user.click(await screen.findByRole('option', { name: /井草 四郎/ }));
  await user.click(within(dialog).getByRole('combobox', { name: '年金保険' }));
  await user.click(await screen.findByRole('option', { name: '厚生年金' }));
  await user.click(within(dialog).getByRole('checkbox', { name: '特別加入労災保険に加入' }));
  await user.click(within(dialog).getByRole('button', { name: '追加' }));

  await waitFor(() =>
    expect(sent.map((call) => call.body)).toEqual([
      {
        worker_id: NEWCOMER,
        is_spot: false,
        insurance: { health: null, pension: '01', employment: null },
        special_accident_insurance: true,
      },
    ]),
  );
});

test('削除 of a worker with attendance is refused with the reason', async () => {
  const user = userEvent.setup();
  const sent = handlers();
  const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
  await renderApp(`/sites/${SITE_ID}?tab=workers`);
  await user.click(await screen.findByRole('button', { name: '佐藤 四郎を削除' }));
  expect(await screen.findByText('この現場への入退場がある技能者は削除できません。')).toBeInTheDocument();
  expect(confirm).toHaveBeenCalled();
  expect(sent.map((call) => [call.method, call.url.endsWith(`/workers/${ATTENDED}`)])).toEqual([['DELETE', true]]);
  confirm.mockRestore();
});
