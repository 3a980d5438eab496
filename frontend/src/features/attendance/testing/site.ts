import type { components } from '@/api/schema';

import { ccusOk, SITE_ID, stamps } from './ids';

type Schemas = components['schemas'];

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
  ccus_operation: 'update',
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
