import type { components } from '@/api/schema';

import { BUSINESS_ID, OCC_WELD, WORKER_ID } from './ids';

type S = components['schemas'];

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
