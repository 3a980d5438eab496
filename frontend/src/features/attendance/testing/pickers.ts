import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { BUSINESS_ID, WORKER2_ID } from './ids';
import { page } from './page';
import { site } from './site';
import { worker } from './worker';

/** Search texts the pickers asked for. */
export const pickerSearches: string[] = [];

/** The pickers' and lookups' endpoints; each call starts a fresh log of picker searches. */
export function pickerHandlers() {
  pickerSearches.length = 0;
  return PICKER_HANDLERS;
}

const PICKER_HANDLERS = [
  http.get('*/api/v1/sites', ({ request }) => {
    pickerSearches.push(new URL(request.url).searchParams.get('name') ?? '');
    return HttpResponse.json(page([{ ...site }]));
  }),
  http.get('*/api/v1/businesses', () =>
    HttpResponse.json(page([{ id: BUSINESS_ID, code: 'B001', name: 'コムテックス株式会社' }])),
  ),
  http.get('*/api/v1/workers', ({ request }) => {
    pickerSearches.push(new URL(request.url).searchParams.get('name') ?? '');
    return HttpResponse.json(page([worker(), worker(WORKER2_ID, '水本', '小鉄')]));
  }),
  http.get('*/api/v1/sites/:siteId', () => HttpResponse.json(site)),
  http.get('*/api/v1/workers/:workerId', ({ params }) =>
    HttpResponse.json(params.workerId === WORKER2_ID ? worker(WORKER2_ID, '水本', '小鉄') : worker()),
  ),
  http.get('*/api/v1/businesses/:businessId', () =>
    HttpResponse.json({ id: BUSINESS_ID, code: 'B001', name: 'コムテックス株式会社' }),
  ),
];

/**
 * Waits past the pickers' debounce and checks that a shown label was never searched for as text
 * (a chosen option puts its label in the box; searching for it would hide the other options).
 */
export async function pickersSettled(...labels: string[]) {
  await waitFor(() => expect(pickerSearches).toContain(''));
  await new Promise((resolve) => setTimeout(resolve, 400));
  for (const label of labels) expect(pickerSearches).not.toContain(label);
}
