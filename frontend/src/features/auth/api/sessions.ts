import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type SessionInfo = components['schemas']['SessionInfo'];

const sessionKeys = { mine: ['me', 'sessions'] as const };

export const mySessionsQueryOptions = () =>
  queryOptions({ queryKey: sessionKeys.mine, queryFn: () => unwrap(api.GET('/api/v1/me/sessions')) });

export function useMySessions() {
  return useQuery(mySessionsQueryOptions());
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) =>
      unwrap(api.DELETE('/api/v1/me/sessions/{session_id}', { params: { path: { session_id: sessionId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.mine }),
  });
}
