import type { components } from '@/api/schema';

import { BUSINESS_ID, ccusOk, OCCUPATION2_ID, OCCUPATION_ID, stamps, WORKER_ID } from './ids';

type Schemas = components['schemas'];

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
