import { queryOptions, useQuery } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type Occupation = components['schemas']['Occupation'];
export type Position = components['schemas']['Position'];
export type Prefecture = components['schemas']['Prefecture'];
export type EmploymentType = components['schemas']['EmploymentType'];
export type InsuranceValue = components['schemas']['InsuranceValue'];

// Masters change rarely: keep them for the session.
const MASTER = { staleTime: Infinity, gcTime: Infinity } as const;

export const masterKeys = {
  all: ['masters'] as const,
  list: (master: 'occupations' | 'positions' | 'prefectures' | 'employment-types' | 'insurance-values') =>
    [...masterKeys.all, master] as const,
  // マスタ設定 shows retired occupations too; forms offer only the active ones.
  allOccupations: () => [...masterKeys.all, 'occupations', 'all'] as const,
  // Both occupation lists (forms' active ones and マスタ設定's all) share this prefix.
  occupations: () => [...masterKeys.all, 'occupations'] as const,
};

export const occupationsQuery = queryOptions({
  queryKey: masterKeys.list('occupations'),
  queryFn: () => unwrap(api.GET('/api/v1/masters/occupations', { params: { query: { active_only: true } } })),
  ...MASTER,
});
export const allOccupationsQuery = queryOptions({
  queryKey: masterKeys.allOccupations(),
  queryFn: () => unwrap(api.GET('/api/v1/masters/occupations', { params: { query: { active_only: false } } })),
  ...MASTER,
});
export const positionsQuery = queryOptions({
  queryKey: masterKeys.list('positions'),
  queryFn: () => unwrap(api.GET('/api/v1/masters/positions')),
  ...MASTER,
});
export const prefecturesQuery = queryOptions({
  queryKey: masterKeys.list('prefectures'),
  queryFn: () => unwrap(api.GET('/api/v1/masters/prefectures')),
  ...MASTER,
});
export const employmentTypesQuery = queryOptions({
  queryKey: masterKeys.list('employment-types'),
  queryFn: () => unwrap(api.GET('/api/v1/masters/employment-types')),
  ...MASTER,
});
export const insuranceValuesQuery = queryOptions({
  queryKey: masterKeys.list('insurance-values'),
  queryFn: () => unwrap(api.GET('/api/v1/masters/insurance-values')),
  ...MASTER,
});

export const useOccupations = () => useQuery(occupationsQuery);
export const useAllOccupations = () => useQuery(allOccupationsQuery);
export const usePositions = () => useQuery(positionsQuery);
export const usePrefectures = () => useQuery(prefecturesQuery);
export const useEmploymentTypes = () => useQuery(employmentTypesQuery);
export const useInsuranceValues = () => useQuery(insuranceValuesQuery);

/** "鉄筋工：鉄筋圧接工", as the seed writes an occupation. */
export function occupationLabel(occupation: Pick<Occupation, 'major_name' | 'minor_name'>): string {
  return `${occupation.major_name}：${occupation.minor_name}`;
}
