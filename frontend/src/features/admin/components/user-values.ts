import { z } from 'zod';

import { EMAIL_FORMAT_MESSAGE } from '@/lib/email-rule';
import { newPasswordSchema } from '@/lib/password-rule';

import { ROLE_LABELS } from '../api/users';

export const ROLES = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

/** The fields an invitation and a user share: one rule for each, whichever form asks. */
export const personSchema = z.object({
  email: z.string().trim().email(EMAIL_FORMAT_MESSAGE),
  name: z.string().trim().min(1, '氏名を入力してください。').max(100),
  role: z.enum(['admin', 'staff', 'viewer']),
});
export type PersonValues = z.infer<typeof personSchema>;
export const PERSON_FIELDS = ['email', 'name', 'role'] as const;

export const userSchema = (isNew: boolean) =>
  personSchema.extend({
    is_active: z.boolean(),
    password: isNew ? newPasswordSchema : z.union([z.literal(''), newPasswordSchema]),
    branch_ids: z.array(z.string()),
  });
export type UserValues = z.infer<ReturnType<typeof userSchema>>;
export const USER_FIELDS = [...PERSON_FIELDS, 'is_active', 'password', 'branch_ids'] as const;
