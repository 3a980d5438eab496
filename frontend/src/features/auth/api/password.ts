import { useMutation } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { tokenStore } from '@/lib/token-store';

type PasswordChange = components['schemas']['PasswordChange'];

/** Other sessions end on a password change; the answer carries the token that continues this one. */
export function useChangePassword() {
  return useMutation({
    gcTime: 0,
    mutationFn: async (body: PasswordChange) => {
      const token = await unwrap(api.POST('/api/v1/me/password', { body }));
      tokenStore.set(token.access_token);
    },
  });
}
