import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { pagination } from '@/testing/server';

type Business = components['schemas']['Business'];

export const BRANCHES = [
  {
    id: 'br-1',
    code: '001',
    name: '001支店',
    display_order: 1,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  },
  {
    id: 'br-2',
    code: '002',
    name: '鎌倉支店',
    display_order: 2,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  },
];

export function aBusiness(overrides: Partial<Business> = {}): Business {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    created_at: '2026-01-05T01:00:00Z',
    updated_at: '2026-01-06T01:00:00Z',
    ccus_status: 'synced',
    ccus_checked_at: null,
    ccus_error_code: null,
    ccus_error_message: null,
    code: 'B001',
    name: '(株)阿佐ヶ谷鉄筋工業',
    name_kana: 'アサガヤテッキンコウギョウ',
    branch_ids: ['br-1', 'br-2'],
    phone: '0312345678',
    email: 'asagaya@example.jp',
    postal_code: '2030001',
    prefecture_code: '13',
    address: '東久留米市上の原2-5-7',
    fax: null,
    representative_name: '阿佐ヶ谷 一郎',
    office_name: null,
    kentaikyo_contract_number: null,
    ccus_business_id: '12345678901234',
    verification_number: '****',
    is_own_company: false,
    ...overrides,
  };
}

/** What every business screen reads besides the business itself: branches, prefectures, sites. */
export const lookupHandlers = [
  http.get('*/api/v1/branches', () => HttpResponse.json({ items: BRANCHES, pagination: pagination(2) })),
  http.get('*/api/v1/masters/prefectures', () =>
    HttpResponse.json([
      { code: '13', name: '東京都' },
      { code: '14', name: '神奈川県' },
    ]),
  ),
  http.get('*/api/v1/sites', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
];
