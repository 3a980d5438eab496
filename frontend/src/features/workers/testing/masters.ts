import type { components } from '@/api/schema';

import { OCC_CARPENTER, OCC_REBAR, OCC_WELD } from './ids';

type S = components['schemas'];

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
