import { http, HttpResponse } from 'msw';

import { problem, server } from '@/testing/server';

import { isLoggedIn, logIn, logOut } from './auth';
import { ApiError } from './problem';
import { tokenStore } from './token-store';

test('logging in posts the OAuth2 password form and keeps the token', async () => {
  let contentType: string | null = null;
  let form: URLSearchParams | null = null;
  server.use(
    http.post('*/api/v1/auth/token', async ({ request }) => {
      contentType = request.headers.get('Content-Type');
      form = new URLSearchParams(await request.text());
      return HttpResponse.json({ access_token: 'fresh', token_type: 'bearer', expires_in: 28800 });
    }),
  );
  expect(isLoggedIn()).toBe(false);
  await logIn('admin@example.jp', 'pa ss&word');
  expect(contentType).toBe('application/x-www-form-urlencoded');
  expect(form!.get('username')).toBe('admin@example.jp');
  expect(form!.get('password')).toBe('pa ss&word');
  expect(tokenStore.get()).toBe('fresh');
  expect(isLoggedIn()).toBe(true);
});

test('a refused login throws the problem and keeps no token', async () => {
  server.use(http.post('*/api/v1/auth/token', () => problem(429, 'auth.too_many_attempts')));
  const error = await logIn('a@example.jp', 'x').catch((caught: unknown) => caught);
  expect((error as ApiError).code).toBe('auth.too_many_attempts');
  expect(tokenStore.get()).toBeNull();
});

test('a refusal without a JSON body is still an ApiError by status', async () => {
  server.use(http.post('*/api/v1/auth/token', () => new HttpResponse('<html>', { status: 502 })));
  const error = await logIn('a@example.jp', 'x').catch((caught: unknown) => caught);
  expect((error as ApiError).problem.code).toBe('http.502');
  expect(isLoggedIn()).toBe(false);
});

test('an unreachable server is a network problem', async () => {
  server.use(http.post('*/api/v1/auth/token', () => HttpResponse.error()));
  const error = await logIn('a@example.jp', 'x').catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).problem).toEqual({
    type: 'urn:genba:problem:network.unreachable',
    title: 'Network error',
    status: 0,
    detail: 'The server could not be reached.',
    code: 'network.unreachable',
    errors: [],
  });
  expect((error as ApiError).cause).toBeInstanceOf(Error);
});

test('logging out forgets the token as a logout, not an expiry', () => {
  tokenStore.set('t');
  const reasons: (string | undefined)[] = [];
  const unsubscribe = tokenStore.subscribe((_token, reason) => reasons.push(reason));
  logOut();
  unsubscribe();
  expect(isLoggedIn()).toBe(false);
  expect(reasons).toEqual(['logout']);
});
