import { newPasswordSchema } from './password-rule';

test('a new password has 10 to 256 characters, as the server requires', () => {
  expect(newPasswordSchema.safeParse('a'.repeat(10)).success).toBe(true);
  expect(newPasswordSchema.safeParse('a'.repeat(256)).success).toBe(true);
  expect(newPasswordSchema.safeParse('a'.repeat(257)).success).toBe(false);
  const short = newPasswordSchema.safeParse('a'.repeat(9));
  expect(short.success).toBe(false);
  expect(short.error?.issues[0]?.message).toBe('10文字以上で入力してください。');
});
