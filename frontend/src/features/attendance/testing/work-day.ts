import type { components } from '@/api/schema';

import { BUSINESS_ID, ccusOk, OCCUPATION_ID, SITE_ID, stamps, WORK_DAY_ID, WORKER_ID } from './ids';

type Schemas = components['schemas'];

export function workDay(overrides: Partial<Schemas['WorkDay']> = {}): Schemas['WorkDay'] {
  return {
    ...stamps,
    ...ccusOk,
    ccus_state: 'succeeded',
    ccus_hold_code: null,
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
