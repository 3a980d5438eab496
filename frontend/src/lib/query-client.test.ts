import { unwrap } from './api-client';
import { ApiError } from './problem';
import { createQueryClient } from './query-client';

function retryOf() {
  const retry = createQueryClient().getDefaultOptions().queries?.retry;
  if (typeof retry !== 'function') throw new Error('queries.retry should be a function');
  return retry;
}

function failure(status: number): ApiError {
  return ApiError.fromBody(status, null);
}

test('an unreachable server or a 5xx is retried twice, then given up', async () => {
  const retry = retryOf();
  // What unwrap throws when fetch itself fails: an ApiError with status 0.
  const fetchFailed = Promise.reject(new TypeError('Failed to fetch'));
  const unreachable = (await unwrap(fetchFailed).catch((caught: unknown) => caught)) as ApiError;
  expect(unreachable.status).toBe(0);
  for (const error of [unreachable, new TypeError('Failed to fetch'), failure(500), failure(503)]) {
    expect(retry(0, error)).toBe(true);
    expect(retry(1, error)).toBe(true);
    expect(retry(2, error)).toBe(false);
  }
});

test('a 4xx answer is never retried', () => {
  const retry = retryOf();
  for (const status of [400, 401, 404, 422, 499]) expect(retry(0, failure(status))).toBe(false);
});

test('only an API answer counts as one: another error carrying a 4xx status is retried', () => {
  const retry = retryOf();
  expect(retry(0, Object.assign(new Error('from elsewhere'), { status: 404 }))).toBe(true);
});

test('queries stay fresh briefly and mutations are never retried', () => {
  const options = createQueryClient().getDefaultOptions();
  expect(options.queries?.staleTime).toBe(15_000);
  expect(options.queries?.refetchOnWindowFocus).toBe(false);
  expect(options.mutations?.retry).toBe(false);
});
