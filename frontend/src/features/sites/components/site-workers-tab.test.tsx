import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

import { SITE_ID, commonHandlers, makeOccupation } from '../testing/fixtures';

const WORKER_ID = 'f0000000-0000-4000-8000-000000000001';
const OTHER_ID = 'f0000000-0000-4000-8000-000000000002';
const BUSINESS_ID = 'a0000000-0000-4000-8000-00000000000a';
const OTHER_BUSINESS = 'b0000000-0000-4000-8000-00000000000b';

const REBAR = makeOccupation('o1', ['10', '鉄筋工'], ['1001', '鉄筋工']);
const WELDING = makeOccupation('o2', ['10', '鉄筋工'], ['1002', '鉄筋圧接工']);
const PIPING = makeOccupation('o3', ['20', '配管工'], ['2001', '配管工']);
const FORMWORK = makeOccupation('o4', ['30', '型枠工'], ['3001', '型枠工']);

function siteWorker(id: string, code: string, family: string, businessId: string, occupationId: string) {
  return {
    id: `sw-${id}`,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    site_id: SITE_ID,
    worker: {
      id,
      code,
      family_name: family,
      given_name: '十郎',
      family_kana: 'カワゴエ',
      given_kana: 'ジュウロウ',
      employment_type_code: '2',
      ccus_worker_id: null,
      retired_on: null,
    },
    business_id: businessId,
    occupation_id: occupationId,
    position_code: null,
    is_spot: false,
    insurance: {},
    special_accident_insurance: false,
    first_work_date: '2024-09-02',
    phone: '09012345678',
    has_attendance: true,
  } satisfies components['schemas']['SiteWorker'];
}

const worker = {
  id: WORKER_ID,
  code: 'KS64920862',
  family_name: '川越',
  given_name: '十郎',
  family_kana: 'カワゴエ',
  given_kana: 'ジュウロウ',
  phones: ['09012345678'],
  employment_type_code: '2',
  business: { id: BUSINESS_ID, code: 'B1', name: '(株)阿佐ヶ谷鉄筋工業' },
  primary_occupation: REBAR,
  occupation_ids: [WELDING.id],
};

function workersHandlers() {
  const patches: unknown[] = [];
  server.use(
    ...commonHandlers,
    http.get(`*/api/v1/sites/${SITE_ID}/workers`, () =>
      HttpResponse.json([
        siteWorker(WORKER_ID, 'KS64920862', '川越', BUSINESS_ID, REBAR.id),
        siteWorker(OTHER_ID, 'KS34127013', '佐藤', OTHER_BUSINESS, PIPING.id),
      ]),
    ),
    http.get('*/api/v1/workers', () => HttpResponse.json({ items: [worker], pagination: pagination(1) })),
    http.get(`*/api/v1/workers/${WORKER_ID}`, () => HttpResponse.json(worker)),
    http.get('*/api/v1/businesses', () =>
      HttpResponse.json({
        items: [{ id: BUSINESS_ID, name: '(株)阿佐ヶ谷鉄筋工業' }],
        pagination: pagination(1),
      }),
    ),
    http.get('*/api/v1/masters/occupations', () => HttpResponse.json([REBAR, WELDING, PIPING, FORMWORK])),
    http.get('*/api/v1/masters/positions', () =>
      HttpResponse.json([{ code: '01', name: '職長・安全衛生責任者', is_management: true }]),
    ),
    http.get('*/api/v1/masters/employment-types', () => HttpResponse.json([{ code: '2', name: '労働者' }])),
    http.get(`*/api/v1/sites/${SITE_ID}/structure`, () => HttpResponse.json([])),
    http.get('*/api/v1/masters/insurance-values', () =>
      HttpResponse.json([{ kind: 'health', code: '03', name: '建設国保' }]),
    ),
    http.patch(`*/api/v1/sites/${SITE_ID}/workers/${WORKER_ID}`, async ({ request }) => {
      patches.push(await request.json());
      return HttpResponse.json(siteWorker(WORKER_ID, 'KS64920862', '川越', BUSINESS_ID, WELDING.id));
    }),
  );
  return patches;
}

test('lists the site workers with the seed columns, filtered by business from the URL', async () => {
  workersHandlers();
  await renderApp(`/sites/${SITE_ID}?tab=workers&business_id=${BUSINESS_ID}`);
  const row = (await screen.findByText('KS64920862')).closest('tr')!;
  expect(await within(row).findByText('カワゴエ ジュウロウ')).toBeInTheDocument();
  expect(within(row).getByText('09012345678')).toBeInTheDocument();
  expect(await within(row).findByText('労働者')).toBeInTheDocument();
  expect(await within(row).findByText('鉄筋工：鉄筋工')).toBeInTheDocument();
  expect(within(row).getByText('有')).toBeInTheDocument();
  expect(screen.queryByText('KS34127013')).not.toBeInTheDocument();
});

test('編集 offers only the worker’s own occupations and sends the change', async () => {
  const user = userEvent.setup();
  const patches = workersHandlers();
  await renderApp(`/sites/${SITE_ID}?tab=workers`);
  await user.click(await screen.findByRole('button', { name: '川越 十郎を編集' }));
  const dialog = await screen.findByRole('dialog');
  const major = await within(dialog).findByRole('combobox', { name: /職種\(大分類\)/ });
  await waitFor(() => expect(major).toHaveValue('鉄筋工'));

  await user.click(major);
  const majors = (await screen.findAllByRole('option')).map((o) => o.textContent);
  expect(majors).toEqual(['鉄筋工']);
  await user.keyboard('{Escape}');

  await user.click(within(dialog).getByRole('combobox', { name: /職種\(小分類\)/ }));
  const minors = (await screen.findAllByRole('option')).map((o) => o.textContent);
  expect(minors).toEqual(['鉄筋工', '鉄筋圧接工']);
  await user.click(screen.getByRole('option', { name: '鉄筋圧接工' }));

  await user.click(within(dialog).getByRole('combobox', { name: '立場' }));
  await user.click(await screen.findByRole('option', { name: '職長・安全衛生責任者' }));
  await user.click(within(dialog).getByRole('button', { name: '更新' }));

  await waitFor(() => expect(patches).toEqual([{ occupation_id: WELDING.id, position_code: '01' }]));
});

test('switching tabs updates the URL', async () => {
  const user = userEvent.setup();
  workersHandlers();
  server.use(
    http.get(`*/api/v1/sites/${SITE_ID}/structure`, () => HttpResponse.json([])),
    http.get('*/api/v1/masters/insurance-values', () => HttpResponse.json([])),
  );
  const { router } = await renderApp(`/sites/${SITE_ID}`);
  expect(await screen.findByText('千代田区')).toBeInTheDocument();
  expect(within(screen.getByRole('main')).getByRole('link', { name: '就業履歴一覧' })).toHaveAttribute(
    'href',
    `/attendance?site_id=${SITE_ID}`,
  );
  await user.click(screen.getByRole('tab', { name: '施工体制' }));
  await waitFor(() => expect(router.state.location.search).toEqual({ tab: 'structure' }));
  await user.click(screen.getByRole('tab', { name: '施工体制技能者' }));
  await waitFor(() => expect(router.state.location.search).toEqual({ tab: 'workers' }));
  expect(await screen.findByText('KS64920862')).toBeInTheDocument();
});
