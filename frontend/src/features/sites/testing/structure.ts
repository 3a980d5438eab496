import type { components } from '@/api/schema';

import { SITE_ID, STAMP } from './ids';

type Schemas = components['schemas'];

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
    legal_welfare: null,
    workers_comp: null,
    is_prime: false,
    worker_count: 1,
    spot_count: 0,
    has_attendance: false,
    ...overrides,
  };
}
