import type { components } from '@/api/schema';

import { BRANCH_ID, SITE_ID, STAMP } from './ids';

type Schemas = components['schemas'];

export function makeSite(overrides: Partial<Schemas['Site']> = {}): Schemas['Site'] {
  return {
    id: SITE_ID,
    created_at: STAMP,
    updated_at: STAMP,
    ccus_status: 'synced',
    ccus_operation: 'update',
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
