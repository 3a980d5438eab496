import { http, HttpResponse } from 'msw';

import { problem, server } from '@/testing/server';

import { downloadFile, fileNameFrom, toQueryString } from './download';
import { ApiError } from './problem';
import { tokenStore } from './token-store';

test("the server's file name is read from Content-Disposition, the UTF-8 form first", () => {
  expect(fileNameFrom("attachment; filename*=UTF-8''%E5%B0%B1%E6%A5%AD.xlsx")).toBe('就業.xlsx');
  expect(fileNameFrom(`attachment; filename="fallback.xlsx"; filename*=UTF-8''%E7%8F%BE%E5%A0%B4.xlsx`)).toBe(
    '現場.xlsx',
  );
  expect(fileNameFrom('attachment; filename="workers 2024.xlsx"')).toBe('workers 2024.xlsx');
  expect(fileNameFrom('attachment; filename=plain.csv; size=3')).toBe('plain.csv');
  expect(fileNameFrom('ATTACHMENT; FILENAME="upper.csv"')).toBe('upper.csv');
  expect(fileNameFrom('attachment')).toBeNull();
  expect(fileNameFrom('')).toBeNull();
  expect(fileNameFrom(null)).toBeNull();
});

test('a query string leaves out empty filters but keeps zero and false', () => {
  expect(toQueryString({ name: '水本', page: 2, empty: '', none: null, missing: undefined, zero: 0, no: false })).toBe(
    '?name=%E6%B0%B4%E6%9C%AC&page=2&zero=0&no=false',
  );
  expect(toQueryString({ empty: '', none: null })).toBe('');
  expect(toQueryString({})).toBe('');
});

/** Captures the link downloadFile clicks, with what it pointed at while it was on the page. */
function captureClick() {
  const clicked: { download: string; href: string; attached: boolean }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href, attached: document.body.contains(this) });
  });
  return clicked;
}

afterEach(() => vi.restoreAllMocks());

test('a download sends the token and saves the file under the name the server gives', async () => {
  tokenStore.set('secret-token');
  let authorization: string | null = null;
  server.use(
    http.get('*/api/v1/workers/export', ({ request }) => {
      authorization = request.headers.get('Authorization');
      return new HttpResponse('xlsx-bytes', {
        headers: { 'Content-Disposition': 'attachment; filename="workers.xlsx"' },
      });
    }),
  );
  const saved: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push(blob as Blob);
    return 'blob:saved-file';
  });
  const clicked = captureClick();

  await downloadFile('/api/v1/workers/export', 'fallback.xlsx');

  expect(authorization).toBe('Bearer secret-token');
  expect(tokenStore.get()).toBe('secret-token');
  expect(clicked).toEqual([{ download: 'workers.xlsx', href: 'blob:saved-file', attached: true }]);
  expect(await saved[0]?.text()).toBe('xlsx-bytes');
  expect(document.querySelector('a')).toBeNull();
});

test('without a server name the fallback is used; without a token none is sent', async () => {
  let authorization: string | null = 'unset';
  server.use(
    http.get('*/api/v1/templates/workers', ({ request }) => {
      authorization = request.headers.get('Authorization');
      return new HttpResponse('csv');
    }),
  );
  const clicked = captureClick();
  await downloadFile('/api/v1/templates/workers', 'template.csv');
  expect(authorization).toBeNull();
  expect(clicked.map((link) => link.download)).toEqual(['template.csv']);
});

test('the object URL is released only after a minute, when the browser has read it', async () => {
  server.use(http.get('*/api/v1/export', () => new HttpResponse('x')));
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:later');
  const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  captureClick();
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  try {
    await downloadFile('/api/v1/export', 'x.csv');
    vi.advanceTimersByTime(59_999);
    expect(revoked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(revoked).toHaveBeenCalledWith('blob:later');
  } finally {
    vi.useRealTimers();
  }
});

test('a refused download throws the problem; a 401 with a token ends the session as expired', async () => {
  tokenStore.set('old-token');
  const reasons: (string | undefined)[] = [];
  const unsubscribe = tokenStore.subscribe((_token, reason) => reasons.push(reason));
  server.use(http.get('*/api/v1/export', () => problem(401, 'auth.invalid_token')));
  const error = await downloadFile('/api/v1/export', 'x.csv').catch((caught: unknown) => caught);
  unsubscribe();
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe('auth.invalid_token');
  expect(tokenStore.get()).toBeNull();
  expect(reasons).toEqual(['expired']);
});

test('a refusal other than 401 keeps the session', async () => {
  tokenStore.set('kept-token');
  server.use(http.get('*/api/v1/export', () => problem(403, 'auth.forbidden')));
  const error = await downloadFile('/api/v1/export', 'x.csv').catch((caught: unknown) => caught);
  expect((error as ApiError).code).toBe('auth.forbidden');
  expect(tokenStore.get()).toBe('kept-token');
});

test('a failure without a token or a JSON body still becomes an ApiError, and no session event', async () => {
  const heard = vi.fn();
  const unsubscribe = tokenStore.subscribe(heard);
  server.use(
    http.get('*/api/v1/export', () => new HttpResponse('<html>proxy</html>', { status: 401 })),
    http.get('*/api/v1/broken', () => new HttpResponse('oops', { status: 500 })),
  );
  const unauthorized = await downloadFile('/api/v1/export', 'x.csv').catch((caught: unknown) => caught);
  const broken = await downloadFile('/api/v1/broken', 'x.csv').catch((caught: unknown) => caught);
  unsubscribe();
  expect((unauthorized as ApiError).problem.code).toBe('http.401');
  expect((broken as ApiError).problem.code).toBe('http.500');
  expect(heard).not.toHaveBeenCalled();
});
