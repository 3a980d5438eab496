import { queryOptions, useQuery } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type Me = components['schemas']['Me'];
export type Scope = components['schemas']['Scope'];

const meKeys = { me: ['me'] as const };

/** The logged-in user, asked once per session (the layout, forms and guards share it). */
export const meQueryOptions = queryOptions({
  queryKey: meKeys.me,
  queryFn: () => unwrap(api.GET('/api/v1/me')),
  staleTime: 5 * 60_000,
});

export function useMe() {
  return useQuery(meQueryOptions);
}

/** Whether the user's role grants a scope; actions it lacks are not offered. */
export function useCan(scope: Scope): boolean {
  const me = useMe();
  return me.data?.scopes.includes(scope) ?? false;
}
