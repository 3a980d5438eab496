import { z } from 'zod';

export const EMAIL_FORMAT_MESSAGE = 'メールアドレスの形式が正しくありません。';

/** An email address the form cannot go without: asked for when blank, then checked for its shape. */
export const requiredEmailSchema = z
  .string()
  .trim()
  .min(1, 'メールアドレスを入力してください。')
  .email(EMAIL_FORMAT_MESSAGE);
