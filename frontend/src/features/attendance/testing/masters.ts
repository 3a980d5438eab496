import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';

import { OCCUPATION2_ID, OCCUPATION_ID } from './ids';

type Schemas = components['schemas'];

export const occupations: Schemas['Occupation'][] = [
  {
    id: OCCUPATION_ID,
    major_code: '10',
    major_name: '鉄筋工',
    minor_code: '01',
    minor_name: '鉄筋工',
    evaluable: true,
    confidence: 'confirmed',
    source: 'seed',
    is_active: true,
    shipped: true,
  },
  {
    id: OCCUPATION2_ID,
    major_code: '10',
    major_name: '鉄筋工',
    minor_code: '02',
    minor_name: '鉄筋圧接工',
    evaluable: true,
    confidence: 'confirmed',
    source: 'seed',
    is_active: true,
    shipped: true,
  },
];

export const positions: Schemas['Position'][] = [
  { code: '01', name: '職長・安全衛生責任者', is_management: true },
  { code: '02', name: '班長', is_management: false },
];

/** Masters and pickers every attendance screen reads. */
export const masterHandlers = [
  http.get('*/api/v1/masters/occupations', () => HttpResponse.json(occupations)),
  http.get('*/api/v1/masters/positions', () => HttpResponse.json(positions)),
];
