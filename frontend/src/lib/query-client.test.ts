import { createQueryClient } from './query-client';
import { ApiError } from './problem';

function retryOf() {
  const retry = createQueryClient().getDefaultOptions().queries?.retry;
  if (typeof retry !== 'function') throw new Error('queries.retry should be a function');
  return retry;
}

function failure(status: number): ApiError {
  return ApiError.fromBody(status, null);
}

test('a network failure or a 5xx is retried twice, then given up', () => {
  const retry = retryOf();
  for (const error of [new TypeError('Failed to fetch'), failure(500), failure(503)]) {
    expect(retry(0, error)).toBe(true);
    expect(retry(1, error)).toBe(true);
    expect(retry(2, error)).toBe(false);
  }
});

test('a 4xx answer is never retried', () => {
  const retry = retryOf();
  for (const status of [400, 401, 404, 422, 499]) expect(retry(0, failure(status))).toBe(false);
});

test('queries stay fresh briefly and mutations are never retried', () => {
  const options = createQueryClient().getDefaultOptions();
  expect(options.queries?.staleTime).toBe(15_000);
  expect(options.queries?.refetchOnWindowFocus).toBe(false);
  expect(options.mutations?.retry).toBe(false);
});
