import type { components } from '@/api/schema';

import { ApiError } from './problem';
import { tokenStore } from './token-store';

type AccessToken = components['schemas']['AccessToken'];

/** OAuth2 password flow: the email goes as `username`, form-encoded; `tenant` (a code) only when
 * the password opens accounts in several companies (409 `auth.tenant_required`). */
export async function logIn(email: string, password: string, tenant?: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/v1/auth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: email, password, ...(tenant ? { tenant } : {}) }),
    });
  } catch (cause) {
    throw new ApiError(
      {
        type: 'urn:genba:problem:network.unreachable',
        title: 'Network error',
        status: 0,
        detail: 'The server could not be reached.',
        code: 'network.unreachable',
        errors: [],
      },
      cause,
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw ApiError.fromBody(response.status, body);
  tokenStore.set((body as AccessToken).access_token);
}

export function logOut(): void {
  tokenStore.clear();
}

export function isLoggedIn(): boolean {
  return tokenStore.get() !== null;
}
