import type { components } from '@/api/schema';

type Schemas = components['schemas'];

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
