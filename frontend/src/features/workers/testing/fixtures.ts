import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';

type S = components['schemas'];

export const BUSINESS_ID = '11111111-1111-4111-8111-111111111111';
export const SITE_ID = '22222222-2222-4222-8222-222222222222';
export const WORKER_ID = '33333333-3333-4333-8333-333333333333';
export const OCC_REBAR = '44444444-4444-4444-8444-000000000001';
export const OCC_WELD = '44444444-4444-4444-8444-000000000002';
export const OCC_CARPENTER = '44444444-4444-4444-8444-000000000003';

const occupation = (
  id: string,
  major_code: string,
  major_name: string,
  minor_code: string,
  minor_name: string,
): S['Occupation'] => ({
  id,
  major_code,
  major_name,
  minor_code,
  minor_name,
  evaluable: true,
  confidence: 'confirmed',
  source: 'seed',
  is_active: true,
  shipped: true,
});

export const OCCUPATIONS: S['Occupation'][] = [
  occupation(OCC_REBAR, '10', '鉄筋工', '01', '鉄筋工'),
  occupation(OCC_WELD, '10', '鉄筋工', '02', '鉄筋圧接工'),
  occupation(OCC_CARPENTER, '34', '大工', '01', '型枠大工'),
];
export const EMPLOYMENT_TYPES: S['EmploymentType'][] = [
  { code: '1', name: '事業主' },
  { code: '2', name: '労働者' },
  { code: '3', name: '一人親方' },
];
export const POSITIONS: S['Position'][] = [
  { code: '01', name: '職長・安全衛生責任者', is_management: true },
  { code: '02', name: '作業員', is_management: false },
];
export const PREFECTURES: S['Prefecture'][] = [
  { code: '13', name: '東京都' },
  { code: '14', name: '神奈川県' },
];

export function worker(overrides: Partial<S['Worker']> = {}): S['Worker'] {
  return {
    ccus_status: 'synced',
    ccus_checked_at: '2026-01-10T00:00:00Z',
    ccus_error_code: null,
    ccus_error_message: null,
    id: WORKER_ID,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-02T00:00:00Z',
    business: { id: BUSINESS_ID, code: 'B001', name: '(株)阿佐ヶ谷鉄筋工業' },
    code: 'KS64920862',
    family_name: '川越',
    given_name: '十郎',
    family_kana: 'カワゴエ',
    given_kana: 'ジュウロウ',
    alias_family: null,
    alias_given: null,
    phones: ['09056190001'],
    email: null,
    birth_date: '1980-04-01',
    blood_type: 'A',
    rh: '+',
    kentaikyo_member_number: null,
    ccus_worker_id: '12304567891234',
    verification_number: '****',
    employment_type_code: '2',
    primary_occupation: {
      id: OCC_WELD,
      major_code: '10',
      major_name: '鉄筋工',
      minor_code: '02',
      minor_name: '鉄筋圧接工',
    },
    occupation_ids: [],
    position_code: '01',
    permission: null,
    qualifications: [],
    sex: 'male',
    health_check_on: null,
    blood_pressure_high: null,
    blood_pressure_low: null,
    postal_code: null,
    prefecture_code: null,
    address: null,
    hired_on: '2020-04-01',
    retired_on: null,
    is_retired: false,
    ...overrides,
  };
}

export const BUSINESS = {
  id: BUSINESS_ID,
  code: 'B001',
  name: '(株)阿佐ヶ谷鉄筋工業',
} as unknown as S['Business'];

/** Masters and pickers every worker screen may ask for. */
export const masterHandlers = [
  http.get('*/api/v1/masters/occupations', () => HttpResponse.json(OCCUPATIONS)),
  http.get('*/api/v1/masters/employment-types', () => HttpResponse.json(EMPLOYMENT_TYPES)),
  http.get('*/api/v1/masters/positions', () => HttpResponse.json(POSITIONS)),
  http.get('*/api/v1/masters/prefectures', () => HttpResponse.json(PREFECTURES)),
  http.get('*/api/v1/businesses', () =>
    HttpResponse.json({
      items: [BUSINESS],
      pagination: { total_count: 1, total_is_exact: true, page: 1, limit: 50, max_page: 1 },
    }),
  ),
  http.get('*/api/v1/businesses/:id', () => HttpResponse.json(BUSINESS)),
  http.get('*/api/v1/sites', () =>
    HttpResponse.json({
      items: [],
      pagination: { total_count: 0, total_is_exact: true, page: 1, limit: 50, max_page: 1 },
    }),
  ),
];
