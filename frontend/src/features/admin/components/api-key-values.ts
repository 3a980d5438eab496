import { z } from 'zod';

import { type Scope } from '../api/api-keys';

// A partner key may read and write data; the admin scopes stay with staff (the API refuses them).
export const SCOPES: Scope[] = [
  'registry:read',
  'registry:write',
  'attendance:read',
  'attendance:write',
  'ccus:read',
  'ccus:write',
];

export const keySchema = z
  .object({
    name: z.string().trim().min(1, '名前を入力してください。').max(100),
    kind: z.enum(['terminal', 'partner']),
    site_id: z.string().nullable(),
    scopes: z.array(z.string()),
    expires_on: z.string().nullable(),
  })
  .refine((values) => values.kind !== 'terminal' || values.site_id, {
    path: ['site_id'],
    message: '端末を設置する現場を選択してください。',
  })
  .refine((values) => values.kind !== 'partner' || values.scopes.length > 0, {
    path: ['scopes'],
    message: '許可する範囲を1つ以上選択してください。',
  });
export type KeyValues = z.infer<typeof keySchema>;
export const API_KEY_FIELDS = ['name', 'kind', 'site_id', 'scopes', 'expires_on'] as const;
