import { http, HttpResponse, type HttpHandler } from 'msw';

import { server } from '@/testing/server';

import { masterHandlers } from './masters';
import { page } from './page';
import { pickerHandlers } from './pickers';

/**
 * What an entry form (出勤簿入力, まとめて入力) asks for, and its save at `path` answered by
 * `answer`; returns the bodies the save sent. `first` go before the rest: the first match wins.
 */
export function setupEntry(path: string, answer: () => Response, first: HttpHandler[] = []) {
  const bodies: unknown[] = [];
  server.use(
    ...first,
    ...masterHandlers,
    ...pickerHandlers(),
    http.get('*/api/v1/sites/:siteId/workers', () => HttpResponse.json([])),
    http.get('*/api/v1/attendance', () => HttpResponse.json(page([]))),
    http.post(path, async ({ request }) => {
      bodies.push(await request.json());
      return answer();
    }),
  );
  return bodies;
}
