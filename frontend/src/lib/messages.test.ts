import { messageForCode, messageForFieldError } from './messages';

test('a known problem code wins over its HTTP status', () => {
  expect(messageForCode('worker.not_found', 404)).toBe('技能者が見つかりません。');
  expect(messageForCode('auth.invalid_credentials', 401)).toBe('メールアドレスまたはパスワードが正しくありません。');
});

test('an unknown code falls back to its status, then to a general sentence', () => {
  expect(messageForCode('something.new', 409)).toBe('他のデータと競合しています。');
  expect(messageForCode('something.new', 503)).toBe(
    'サーバーが一時的に利用できません。時間をおいて再度お試しください。',
  );
  expect(messageForCode('something.new', 418)).toBe('エラーが発生しました。');
});

test('a field code is looked up among field messages first, then problem messages', () => {
  expect(messageForFieldError('missing', 'Field required')).toBe('必須項目です。');
  expect(messageForFieldError('worker.code_taken')).toBe('この技能者コードは既に使われています。');
  // Only in the problem table.
  expect(messageForFieldError('site.not_found')).toBe('現場が見つかりません。');
});

test("an unknown field code never shows the API's English", () => {
  expect(messageForFieldError('brand_new_rule', 'Value must be fancy')).toBe('入力内容を確認してください。');
});

test("the API's refusals of a stored value and of a body type have their own sentences", () => {
  expect(messageForFieldError('value.unstorable')).toBe(
    '保存できない文字や数値が含まれています。入力内容を確認してください。',
  );
  expect(messageForCode('request.unsupported_media_type', 415)).toBe(
    'データの形式が正しくありません。画面を更新して再度お試しください。',
  );
});
