import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';

import { BUSINESS_ID } from './ids';
import { EMPLOYMENT_TYPES, OCCUPATIONS, POSITIONS, PREFECTURES } from './masters';

type S = components['schemas'];

export const BUSINESS = {
  id: BUSINESS_ID,
  code: 'B001',
  name: '(株)阿佐ヶ谷鉄筋工業',
} as unknown as S['Business'];

/** Masters and pickers every worker screen may ask for. */
export const masterHandlers = [
  http.get('*/api/v1/masters/occupations', () => HttpResponse.json(OCCUPATIONS)),
  http.get('*/api/v1/masters/employment-types', () => HttpResponse.json(EMPLOYMENT_TYPES)),
  http.get('*/api/v1/masters/positions', () => HttpResponse.json(POSITIONS)),
  http.get('*/api/v1/masters/prefectures', () => HttpResponse.json(PREFECTURES)),
  http.get('*/api/v1/businesses', () =>
    HttpResponse.json({
      items: [BUSINESS],
      pagination: { total_count: 1, total_is_exact: true, page: 1, limit: 50, max_page: 1 },
    }),
  ),
  http.get('*/api/v1/businesses/:id', () => HttpResponse.json(BUSINESS)),
  http.get('*/api/v1/sites', () =>
    HttpResponse.json({
      items: [],
      pagination: { total_count: 0, total_is_exact: true, page: 1, limit: 50, max_page: 1 },
    }),
  ),
];
