import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { pagination } from '@/testing/server';

type Schemas = components['schemas'];

export const BRANCH_ID = '10000000-0000-4000-8000-000000000001';
export const SITE_ID = '20000000-0000-4000-8000-000000000001';
const STAMP = '2026-01-01T00:00:00Z';

export function makeSite(overrides: Partial<Schemas['Site']> = {}): Schemas['Site'] {
  return {
    id: SITE_ID,
    created_at: STAMP,
    updated_at: STAMP,
    ccus_status: 'synced',
    ccus_checked_at: null,
    ccus_error_code: null,
    ccus_error_message: null,
    branch_id: BRANCH_ID,
    code: 'S23_398',
    name: '竹橋AZビル 改修工事',
    phone: '0312345678',
    postal_code: '1000003',
    prefecture_code: '13',
    city: '千代田区',
    city_kana: null,
    address: '一ツ橋3-5',
    ccus_site_id: '12345678901234',
    period_start: '2023-03-15',
    period_end: '2024-12-31',
    work_location_memo: false,
    work_locations: [],
    structure_mode: 'send',
    is_visible: true,
    face_recognition: false,
    uses_kentaikyo: true,
    uses_legal_welfare: false,
    uses_workers_comp: false,
    ...overrides,
  };
}

export function makeEntry(
  id: string,
  name: string,
  tier: number,
  upper: string | null,
  overrides: Partial<Schemas['StructureEntry']> = {},
): Schemas['StructureEntry'] {
  return {
    id: `e-${id}`,
    created_at: STAMP,
    updated_at: STAMP,
    site_id: SITE_ID,
    business: { id, code: `B-${id}`, name, ccus_business_id: null },
    tier,
    upper_business_id: upper,
    display_order: 1,
    insurance: {},
    permit_number: null,
    consent: 'agreed',
    worker_count: 1,
    has_attendance: false,
    ...overrides,
  };
}

export function makeOccupation(id: string, major: [string, string], minor: [string, string]): Schemas['Occupation'] {
  return {
    id,
    major_code: major[0],
    major_name: major[1],
    minor_code: minor[0],
    minor_name: minor[1],
    evaluable: true,
    confidence: 'high',
    source: 'ccus',
    is_active: true,
    shipped: true,
  };
}

const branch: Schemas['Branch'] = {
  id: BRANCH_ID,
  created_at: STAMP,
  updated_at: STAMP,
  code: '001',
  name: '神奈川支店',
  display_order: 1,
};

/** What every sites screen asks for besides its own data. */
export const commonHandlers = [
  http.get('*/api/v1/branches', () => HttpResponse.json({ items: [branch], pagination: pagination(1) })),
  http.get('*/api/v1/masters/prefectures', () =>
    HttpResponse.json([
      { code: '13', name: '東京都' },
      { code: '14', name: '神奈川県' },
    ]),
  ),
  http.get(`*/api/v1/sites/${SITE_ID}`, () => HttpResponse.json(makeSite())),
];
