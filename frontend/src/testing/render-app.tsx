import { render, screen } from '@testing-library/react';
import { RouterProvider, createMemoryHistory, createRouter } from '@tanstack/react-router';

import { AppProvider } from '@/app/provider';
import { routeTree } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';
import { tokenStore } from '@/lib/token-store';

/**
 * Renders the whole app at a URL, routing and all, against MSW's handlers: tests see what a user
 * sees, including the URL the app navigates to.
 */
export async function renderApp(url: string, { loggedIn = true }: { loggedIn?: boolean } = {}) {
  if (loggedIn) tokenStore.set('test-token');
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  const router = createRouter({
    routeTree,
    context: { queryClient },
    history: createMemoryHistory({ initialEntries: [url] }),
  });
  const result = render(
    <AppProvider queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  await router.load();
  return { ...result, router, queryClient, screen };
}
