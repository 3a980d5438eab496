import { requiredEmailSchema } from './email-rule';

const message = (value: string) => requiredEmailSchema.safeParse(value).error?.issues[0]?.message;

test('a required email is asked for when blank, checked for its shape, and trimmed', () => {
  expect(message('  ')).toBe('メールアドレスを入力してください。');
  expect(message('sato@')).toBe('メールアドレスの形式が正しくありません。');
  expect(requiredEmailSchema.parse(' sato@example.jp ')).toBe('sato@example.jp');
});
