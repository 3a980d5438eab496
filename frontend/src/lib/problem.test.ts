import { ApiError, errorMessage, fieldErrorsByPath, type Problem } from './problem';

const CONFLICT: Problem = {
  type: 'urn:genba:problem:worker.has_history',
  title: 'Conflict',
  status: 409,
  detail: 'The worker has history.',
  code: 'worker.has_history',
  errors: [],
};

test('a problem+json body is kept as the API sent it', () => {
  const error = ApiError.fromBody(409, CONFLICT);
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe('ApiError');
  expect(error.problem).toBe(CONFLICT);
  expect(error.status).toBe(409);
  expect(error.code).toBe('worker.has_history');
  expect(error.message).toBe('The worker has history.');
});

test('a body that is not a problem becomes one from the status', () => {
  for (const body of [null, { detail: 'no code' }, { code: 'x' }, 42]) {
    const error = ApiError.fromBody(502, body);
    expect(error.problem).toEqual({
      type: 'urn:genba:problem:http.502',
      title: 'HTTP error',
      status: 502,
      detail: 'HTTP 502',
      code: 'http.502',
      errors: [],
    });
  }
  // A proxy's plain-text page is kept as the detail.
  expect(ApiError.fromBody(502, 'Bad Gateway').message).toBe('Bad Gateway');
});

test('the cause of a failure is kept for debugging', () => {
  const cause = new TypeError('Failed to fetch');
  expect(new ApiError(CONFLICT, cause).cause).toBe(cause);
});

test('staff see Japanese by code, by status when the code is unknown, never the English detail', () => {
  expect(ApiError.fromBody(409, CONFLICT).message_ja).toBe('就業履歴があるため、この技能者は削除できません。');
  expect(ApiError.fromBody(404, 'Not Found').message_ja).toBe('データが見つかりません。');
  expect(errorMessage(ApiError.fromBody(403, null))).toBe('この操作を行う権限がありません。');
  expect(errorMessage(new Error('boom'))).toBe('予期しないエラーが発生しました。');
  expect(errorMessage('boom')).toBe('予期しないエラーが発生しました。');
});

test('field errors are keyed by their path inside the body or query; the first per path wins', () => {
  const paths = fieldErrorsByPath({
    ...CONFLICT,
    errors: [
      { loc: ['body', 'code'], code: 'worker.code_taken', message: 'taken' },
      { loc: ['body', 'phones', 1], code: 'phone.invalid', message: 'bad phone' },
      { loc: ['body', 'phones', 1], code: 'missing', message: 'second for the same path' },
      { loc: ['query', 'page'], code: 'int_parsing', message: 'not a number' },
      { loc: ['path', 'worker_id'], code: 'uuid_parsing', message: 'not placed' },
      { loc: ['header', 'x'], code: 'missing', message: 'not placed' },
      { loc: ['body'], code: 'value_error', message: 'whole body' },
    ],
  });
  expect([...paths]).toEqual([
    ['code', 'この技能者コードは既に使われています。'],
    ['phones.1', '電話番号は0から始まる10桁または11桁の数字で入力してください。'],
    ['page', '数値で入力してください。'],
    ['', '値が正しくありません。'],
  ]);
});

test('a problem without field errors has none', () => {
  const { errors: _ignored, ...withoutErrors } = CONFLICT;
  expect(fieldErrorsByPath(withoutErrors).size).toBe(0);
});
