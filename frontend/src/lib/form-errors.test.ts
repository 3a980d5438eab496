import { applyProblemToForm, renamedField } from './form-errors';
import { ApiError, type Problem } from './problem';

function validation(errors: Problem['errors']): ApiError {
  return new ApiError({
    type: 'urn:genba:problem:request.validation',
    title: 'Unprocessable',
    status: 422,
    detail: 'Invalid body.',
    code: 'request.validation',
    errors,
  });
}

test("a body field's errors move to the form's name for it, nothing else changes", () => {
  const error = validation([
    { loc: ['body', 'occupation_codes', 0], code: 'master.unknown_code', message: 'x' },
    { loc: ['body', 'name'], code: 'missing', message: 'y' },
    { loc: ['query', 'occupation_codes'], code: 'missing', message: 'z' },
  ]);
  const renamed = renamedField(error, 'occupation_codes', 'occupations');
  expect(renamed).toBeInstanceOf(ApiError);
  expect((renamed as ApiError).problem).toEqual({
    ...error.problem,
    errors: [
      { loc: ['body', 'occupations', 0], code: 'master.unknown_code', message: 'x' },
      { loc: ['body', 'name'], code: 'missing', message: 'y' },
      { loc: ['query', 'occupation_codes'], code: 'missing', message: 'z' },
    ],
  });
});

test('renaming leaves other failures alone', () => {
  const network = new TypeError('Failed to fetch');
  expect(renamedField(network, 'a', 'b')).toBe(network);
  const { errors: _ignored, ...bare } = validation([]).problem;
  expect((renamedField(new ApiError(bare), 'a', 'b') as ApiError).problem.errors).toEqual([]);
});

test("known fields get their message; the rest join the form's top message", () => {
  const setError = vi.fn();
  const message = applyProblemToForm(
    validation([
      { loc: ['body', 'phones', 1], code: 'phone.invalid', message: 'x' },
      { loc: ['body', 'code'], code: 'worker.code_taken', message: 'x' },
      { loc: ['body', 'tenant_id'], code: 'extra_forbidden', message: 'x' },
      { loc: ['body'], code: 'value_error', message: 'x' },
    ]),
    setError,
    ['phones', 'code'],
  );
  expect(setError.mock.calls).toEqual([
    ['phones.1', { type: 'server', message: '電話番号は0から始まる10桁または11桁の数字で入力してください。' }],
    ['code', { type: 'server', message: 'この技能者コードは既に使われています。' }],
  ]);
  expect(message).toBe(
    '入力内容に誤りがあります。赤字の項目を確認してください。 この項目は指定できません。 値が正しくありません。',
  );
});

test('a failure without field errors is only the top message', () => {
  const setError = vi.fn();
  expect(applyProblemToForm(ApiError.fromBody(409, null), setError, ['code'])).toBe('他のデータと競合しています。');
  expect(applyProblemToForm(new Error('boom'), setError, ['code'])).toBe('予期しないエラーが発生しました。');
  expect(setError).not.toHaveBeenCalled();
});
