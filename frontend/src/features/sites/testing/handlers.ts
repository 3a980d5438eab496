import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { pagination } from '@/testing/server';

import { BRANCH_ID, SITE_ID, STAFF_ID, STAMP } from './ids';
import { makeSite } from './site';

type Schemas = components['schemas'];

const branch: Schemas['Branch'] = {
  id: BRANCH_ID,
  created_at: STAMP,
  updated_at: STAMP,
  code: '001',
  name: '神奈川支店',
  display_order: 1,
};

/** What every sites screen asks for besides its own data. */
export const commonHandlers = [
  http.get('*/api/v1/branches', () => HttpResponse.json({ items: [branch], pagination: pagination(1) })),
  http.get('*/api/v1/masters/prefectures', () =>
    HttpResponse.json([
      { code: '13', name: '東京都' },
      { code: '14', name: '神奈川県' },
    ]),
  ),
  http.get(`*/api/v1/sites/${SITE_ID}`, () => HttpResponse.json(makeSite())),
  http.get('*/api/v1/sites/staff-options', () => HttpResponse.json([{ id: STAFF_ID, name: '水本 太郎' }])),
  http.get(`*/api/v1/sites/${SITE_ID}/staff`, () => HttpResponse.json([])),
  http.get('*/api/v1/businesses', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
];
