import { z } from 'zod';

import { ROLE_LABELS } from '../api/users';

const MIN_PASSWORD = 10;
export const ROLES = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

/** The fields an invitation and a user share: one rule for each, whichever form asks. */
export const personSchema = z.object({
  email: z.string().trim().email('メールアドレスの形式が正しくありません。'),
  name: z.string().trim().min(1, '氏名を入力してください。').max(100),
  role: z.enum(['admin', 'staff', 'viewer']),
});
export type PersonValues = z.infer<typeof personSchema>;
export const PERSON_FIELDS = ['email', 'name', 'role'] as const;

export const userSchema = (isNew: boolean) =>
  personSchema.extend({
    is_active: z.boolean(),
    password: isNew
      ? z.string().min(MIN_PASSWORD, `${MIN_PASSWORD}文字以上で入力してください。`).max(256)
      : z.union([z.literal(''), z.string().min(MIN_PASSWORD, `${MIN_PASSWORD}文字以上で入力してください。`).max(256)]),
    branch_ids: z.array(z.string()),
  });
export type UserValues = z.infer<ReturnType<typeof userSchema>>;
export const USER_FIELDS = [...PERSON_FIELDS, 'is_active', 'password', 'branch_ids'] as const;
