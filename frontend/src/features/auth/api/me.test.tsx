import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';

import { asViewer, ME, server } from '@/testing/server';

import { useCan, useMe } from './me';
import { createQueryClient } from '@/lib/query-client';

function wrapper({ children }: { children: ReactNode }) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

function useRegistryScopes() {
  return { me: useMe(), read: useCan('registry:read'), write: useCan('registry:write') };
}

test('a scope is granted only once the user is known to hold it', async () => {
  server.use(asViewer);
  const { result } = renderHook(useRegistryScopes, { wrapper });
  expect([result.current.read, result.current.write]).toEqual([false, false]);
  await waitFor(() => expect(result.current.me.isSuccess).toBe(true));
  expect([result.current.read, result.current.write]).toEqual([true, false]);
});

test('an admin holds the write scopes', async () => {
  const { result } = renderHook(() => ({ me: useMe(), manage: useCan('users:manage') }), { wrapper });
  await waitFor(() => expect(result.current.me.data).toEqual(ME));
  expect(result.current.manage).toBe(true);
});
