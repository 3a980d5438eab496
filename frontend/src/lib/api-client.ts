import createClient, { type Middleware } from 'openapi-fetch';

import type { paths } from '@/api/schema';

import { ApiError, type Problem } from './problem';
import { tokenStore } from './token-store';

const authMiddleware: Middleware = {
  onRequest({ request }) {
    const token = tokenStore.get();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && tokenStore.get()) tokenStore.clear('expired');
    return response;
  },
};

// An absolute base: the browser's origin (the API serves the SPA, Vite proxies /api in dev).
// fetch is looked up per call, so anything that wraps it later (tests' MSW) is seen.
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  fetch: (request) => globalThis.fetch(request),
});
api.use(authMiddleware);

type FetchResult<T> =
  { data: T; error?: never; response: Response } | { data?: never; error: unknown; response: Response };

const NETWORK_PROBLEM: Problem = {
  type: 'urn:genba:problem:network',
  title: 'Network error',
  status: 0,
  detail: 'The server could not be reached.',
  code: 'network.unreachable',
  errors: [],
};

/** Turns openapi-fetch's {data, error} into the data, or throws an ApiError carrying the problem. */
type Unwrapped<T> = [T] extends [undefined] ? void : Exclude<T, undefined>;

export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<Unwrapped<T>> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw new ApiError(NETWORK_PROBLEM, cause);
  }
  if (result.error !== undefined || !result.response.ok) {
    throw ApiError.fromBody(result.response.status, result.error);
  }
  return result.data as Unwrapped<T>;
}
