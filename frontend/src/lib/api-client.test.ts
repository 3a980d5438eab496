import { http, HttpResponse } from 'msw';

import { ME, problem, server } from '@/testing/server';

import { api, unwrap } from './api-client';
import { ApiError } from './problem';
import { tokenStore } from './token-store';

test('an answer is unwrapped to its data, with the token sent as a bearer', async () => {
  let authorization: string | null = null;
  server.use(
    http.get('*/api/v1/me', ({ request }) => {
      authorization = request.headers.get('Authorization');
      return HttpResponse.json(ME);
    }),
  );
  tokenStore.set('t-123');
  expect(await unwrap(api.GET('/api/v1/me'))).toEqual(ME);
  expect(authorization).toBe('Bearer t-123');
});

test('without a token no Authorization header is sent', async () => {
  let authorization: string | null = 'unset';
  server.use(
    http.get('*/api/v1/me', ({ request }) => {
      authorization = request.headers.get('Authorization');
      return HttpResponse.json(ME);
    }),
  );
  await unwrap(api.GET('/api/v1/me'));
  expect(authorization).toBeNull();
});

test('a problem answer throws it as an ApiError', async () => {
  server.use(http.get('*/api/v1/me', () => problem(403, 'auth.forbidden')));
  const error = await unwrap(api.GET('/api/v1/me')).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).status).toBe(403);
  expect((error as ApiError).code).toBe('auth.forbidden');
});

test('a 401 while holding a token ends the session as expired; without one nothing is announced', async () => {
  const reasons: (string | undefined)[] = [];
  const unsubscribe = tokenStore.subscribe((_token, reason) => reasons.push(reason));
  server.use(http.get('*/api/v1/me', () => problem(401, 'auth.invalid_token')));
  await unwrap(api.GET('/api/v1/me')).catch(() => null);
  tokenStore.set('stale');
  reasons.length = 0;
  await unwrap(api.GET('/api/v1/me')).catch(() => null);
  unsubscribe();
  expect(tokenStore.get()).toBeNull();
  expect(reasons).toEqual(['expired']);
});

test('other refusals keep the session', async () => {
  tokenStore.set('kept');
  server.use(http.get('*/api/v1/me', () => problem(403, 'auth.forbidden')));
  await unwrap(api.GET('/api/v1/me')).catch(() => null);
  expect(tokenStore.get()).toBe('kept');
});

test('an unreachable server is a network problem, with the cause kept', async () => {
  server.use(http.get('*/api/v1/me', () => HttpResponse.error()));
  const error = await unwrap(api.GET('/api/v1/me')).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).problem).toMatchObject({ status: 0, code: 'network.unreachable', errors: [] });
  expect((error as ApiError).message_ja).toBe('サーバーに接続できません。通信環境を確認して再度お試しください。');
  expect((error as ApiError).cause).toBeInstanceOf(Error);
});

test('a failed status is an error even when no error body came with it', async () => {
  const call = Promise.resolve({ data: { id: 'x' }, response: new Response(null, { status: 502 }) });
  const error = await unwrap(call).catch((caught: unknown) => caught);
  expect((error as ApiError).problem.code).toBe('http.502');
  const ok = Promise.resolve({ data: { id: 'x' }, response: new Response(null, { status: 200 }) });
  expect(await unwrap(ok)).toEqual({ id: 'x' });
});

test('an error body is thrown whatever the status says', async () => {
  const body = { type: 'urn:genba:problem:x', title: 'x', status: 409, detail: 'x', code: 'resource.conflict' };
  const call = Promise.resolve({ error: body, response: new Response(null, { status: 200 }) });
  const error = await unwrap(call).catch((caught: unknown) => caught);
  expect((error as ApiError).problem).toBe(body);
});
