import { z } from 'zod';

/** The server's rule for a new password (api/auth/passwords.py), checked before sending. */
export const MIN_PASSWORD_LENGTH = 10;
export const PASSWORD_HINT = `${MIN_PASSWORD_LENGTH}文字以上`;

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `${MIN_PASSWORD_LENGTH}文字以上で入力してください。`)
  .max(256);
