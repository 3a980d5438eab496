import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';

import { allBranchesQueryOptions } from '@/features/branches';
import { resultsQueryOptions } from '@/features/ccus';
import { siteQueryOptions } from '@/features/sites';
import { careerQueryOptions } from '@/features/workers';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';

import { masterHandlers, page, pickerHandlers, site, WORK_DAY_ID, WORKER_ID, workDay } from '../testing/fixtures';

// A written day reaches other features' screens through their owners' invalidation helpers:
// the worker's career, CCUS results and sites are asked for again; branches are not.

// A site no screen here shows, so its entry stays marked when invalidated.
const OTHER_SITE_ID = '11111111-1111-4111-8111-999999999999';

function setup() {
  const day = workDay();
  server.use(
    ...masterHandlers,
    ...pickerHandlers(),
    http.get('*/api/v1/attendance', () => HttpResponse.json(page([]))),
    http.get('*/api/v1/attendance/:id', () => HttpResponse.json(day)),
    http.patch('*/api/v1/attendance/:id', () => HttpResponse.json({ ...day, ccus_status: 'pending' })),
    http.delete('*/api/v1/attendance/:id', () => new HttpResponse(null, { status: 204 })),
    http.get('*/api/v1/workers/:id/career', () => HttpResponse.json({ ccus_valid_days: 1 })),
    http.get('*/api/v1/ccus/results', () => HttpResponse.json([])),
    http.get('*/api/v1/sites/:id', () => HttpResponse.json(site)),
    http.get('*/api/v1/branches', () => HttpResponse.json(page([]))),
  );
}

/** Entries no screen is showing, so an invalidation leaves them marked rather than refetched. */
async function cacheOtherFeatures(queryClient: QueryClient) {
  const career = careerQueryOptions(WORKER_ID);
  const results = resultsQueryOptions('2024-09-01', '2024-09-30');
  const otherSite = siteQueryOptions(OTHER_SITE_ID);
  const branches = allBranchesQueryOptions();
  await Promise.all([
    queryClient.prefetchQuery(career),
    queryClient.prefetchQuery(results),
    queryClient.prefetchQuery(otherSite),
    queryClient.prefetchQuery(branches),
  ]);
  const invalidated = (key: QueryKey) => queryClient.getQueryState(key)?.isInvalidated ?? false;
  return () => ({
    career: invalidated(career.queryKey),
    results: invalidated(results.queryKey),
    site: invalidated(otherSite.queryKey),
    branches: invalidated(branches.queryKey),
  });
}

test('a corrected day refreshes the career, CCUS results and sites, not branches', async () => {
  const user = userEvent.setup();
  setup();
  const { queryClient } = await renderApp(`/attendance/${WORK_DAY_ID}`);
  const states = await cacheOtherFeatures(queryClient);
  expect(states()).toEqual({ career: false, results: false, site: false, branches: false });

  fireEvent.change(await screen.findByLabelText('退場日時'), { target: { value: '2024-09-05T02:30' } });
  await user.click(screen.getByRole('button', { name: '更新' }));

  await waitFor(() => expect(states()).toEqual({ career: true, results: true, site: true, branches: false }));
});

test('a deleted day refreshes the other features too, and is not asked for again', async () => {
  const user = userEvent.setup();
  setup();
  const dayRequests: string[] = [];
  onTestFinished(() => server.events.removeAllListeners());
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === `/api/v1/attendance/${WORK_DAY_ID}` && request.method === 'GET') {
      dayRequests.push(request.url);
    }
  });
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  const { queryClient, router } = await renderApp(`/attendance/${WORK_DAY_ID}`);
  const states = await cacheOtherFeatures(queryClient);
  await screen.findByLabelText('退場日時');
  const before = dayRequests.length;

  await user.click(screen.getByRole('button', { name: '削除' }));

  await waitFor(() => expect(router.state.location.pathname).toBe('/attendance'));
  await waitFor(() => expect(states()).toEqual({ career: true, results: true, site: true, branches: false }));
  expect(dayRequests.length).toBe(before);
});
