import { QueryClient } from '@tanstack/react-query';

import { ApiError } from './problem';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        // Retry flaky networks, never a 4xx answer: it will not change by asking again.
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}

/** After logging in again: everything on screen is asked for anew, whoever owns it. */
export function refetchEverything(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries();
}
