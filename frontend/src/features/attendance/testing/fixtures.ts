import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export const SITE_ID = '11111111-1111-4111-8111-111111111111';
export const BUSINESS_ID = '22222222-2222-4222-8222-222222222222';
export const WORKER_ID = '33333333-3333-4333-8333-333333333333';
export const WORKER2_ID = '33333333-3333-4333-8333-444444444444';
export const WORK_DAY_ID = '44444444-4444-4444-8444-444444444444';
export const OCCUPATION_ID = '55555555-5555-4555-8555-555555555555';
export const OCCUPATION2_ID = '55555555-5555-4555-8555-666666666666';

const stamps = { created_at: '2024-09-01T00:00:00Z', updated_at: '2024-09-01T00:00:00Z' };
const ccusOk = {
  ccus_status: 'synced',
  ccus_checked_at: null,
  ccus_error_code: null,
  ccus_error_message: null,
} as const;

export const occupations: Schemas['Occupation'][] = [
  {
    id: OCCUPATION_ID,
    major_code: '10',
    major_name: '鉄筋工',
    minor_code: '01',
    minor_name: '鉄筋工',
    evaluable: true,
    confidence: 'confirmed',
    source: 'seed',
    is_active: true,
    shipped: true,
  },
  {
    id: OCCUPATION2_ID,
    major_code: '10',
    major_name: '鉄筋工',
    minor_code: '02',
    minor_name: '鉄筋圧接工',
    evaluable: true,
    confidence: 'confirmed',
    source: 'seed',
    is_active: true,
    shipped: true,
  },
];

export const positions: Schemas['Position'][] = [
  { code: '01', name: '職長・安全衛生責任者', is_management: true },
  { code: '02', name: '班長', is_management: false },
];

export const site = {
  ...stamps,
  ...ccusOk,
  id: SITE_ID,
  branch_id: '66666666-6666-4666-8666-666666666666',
  code: 'S001',
  name: '大磯工浚渫工事',
  phone: null,
  postal_code: null,
  prefecture_code: null,
  city: '大磯町',
  city_kana: null,
  address: null,
  ccus_site_id: '02139361740172',
  period_start: null,
  period_end: null,
  work_location_memo: false,
  work_locations: [],
  structure_mode: 'send',
  is_visible: true,
  face_recognition: false,
  uses_kentaikyo: false,
  uses_legal_welfare: false,
  uses_workers_comp: false,
} as Schemas['Site'];

export function worker(id = WORKER_ID, family = '水本', given = '林男'): Schemas['Worker'] {
  return {
    ...stamps,
    ...ccusOk,
    id,
    business: { id: BUSINESS_ID, code: 'B001', name: 'コムテックス株式会社' },
    code: `W-${family}`,
    family_name: family,
    given_name: given,
    family_kana: 'ミズモト',
    given_kana: 'ハヤシオ',
    primary_occupation: {
      id: OCCUPATION_ID,
      major_code: '10',
      major_name: '鉄筋工',
      minor_code: '01',
      minor_name: '鉄筋工',
    },
    occupation_ids: [OCCUPATION2_ID],
    position_code: '01',
    is_retired: false,
    retired_on: null,
  } as unknown as Schemas['Worker'];
}

export function workDay(overrides: Partial<Schemas['WorkDay']> = {}): Schemas['WorkDay'] {
  return {
    ...stamps,
    ...ccusOk,
    id: WORK_DAY_ID,
    site: { id: SITE_ID, code: 'S001', name: '大磯工浚渫工事' },
    worker: { id: WORKER_ID, code: 'W001', name: '水本 林男' },
    business: { id: BUSINESS_ID, code: 'B001', name: 'コムテックス株式会社' },
    work_date: '2024-09-04',
    entry_at: '2024-09-04T08:00:00+09:00',
    exit_at: '2024-09-04T17:00:00+09:00',
    state: 'complete',
    occupation_id: OCCUPATION_ID,
    position_code: '01',
    work_location: null,
    source: 'terminal',
    ...overrides,
  };
}

export function page<T>(items: T[], total = items.length, exact = true) {
  return {
    items,
    pagination: {
      total_count: total,
      total_is_exact: exact,
      page: 1,
      limit: 50,
      max_page: Math.max(1, Math.ceil(total / 50)),
    },
  };
}

/** Masters and pickers every attendance screen reads. */
export const masterHandlers = [
  http.get('*/api/v1/masters/occupations', () => HttpResponse.json(occupations)),
  http.get('*/api/v1/masters/positions', () => HttpResponse.json(positions)),
];

/** Search texts the pickers asked for. */
export const pickerSearches: string[] = [];

/** The pickers' and lookups' endpoints; each call starts a fresh log of picker searches. */
export function pickerHandlers() {
  pickerSearches.length = 0;
  return PICKER_HANDLERS;
}

const PICKER_HANDLERS = [
  http.get('*/api/v1/sites', ({ request }) => {
    pickerSearches.push(new URL(request.url).searchParams.get('name') ?? '');
    return HttpResponse.json(page([{ ...site }]));
  }),
  http.get('*/api/v1/businesses', () =>
    HttpResponse.json(page([{ id: BUSINESS_ID, code: 'B001', name: 'コムテックス株式会社' }])),
  ),
  http.get('*/api/v1/workers', ({ request }) => {
    pickerSearches.push(new URL(request.url).searchParams.get('name') ?? '');
    return HttpResponse.json(page([worker(), worker(WORKER2_ID, '水本', '小鉄')]));
  }),
  http.get('*/api/v1/sites/:siteId', () => HttpResponse.json(site)),
  http.get('*/api/v1/workers/:workerId', ({ params }) =>
    HttpResponse.json(params.workerId === WORKER2_ID ? worker(WORKER2_ID, '水本', '小鉄') : worker()),
  ),
  http.get('*/api/v1/businesses/:businessId', () =>
    HttpResponse.json({ id: BUSINESS_ID, code: 'B001', name: 'コムテックス株式会社' }),
  ),
];

/**
 * Waits past the pickers' debounce and checks that a shown label was never searched for as text
 * (a chosen option puts its label in the box; searching for it would hide the other options).
 */
export async function pickersSettled(...labels: string[]) {
  await waitFor(() => expect(pickerSearches).toContain(''));
  await new Promise((resolve) => setTimeout(resolve, 400));
  for (const label of labels) expect(pickerSearches).not.toContain(label);
}
