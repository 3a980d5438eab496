import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';

import { asViewer, ME, server } from '@/testing/server';

import { useCan, useMe, type Scope } from './me';
import { createQueryClient } from '@/lib/query-client';

function wrapper({ children }: { children: ReactNode }) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

// Two scopes, each asked through its own hook call, as a component would.
function useScopes([first, second]: [Scope, Scope]) {
  const me = useMe();
  const canFirst = useCan(first);
  const canSecond = useCan(second);
  return {
    me,
    can: [
      [first, canFirst],
      [second, canSecond],
    ] as const,
  };
}

test('a scope is granted only once the user is known to hold it', async () => {
  server.use(asViewer);
  const { result } = renderHook(() => useScopes(['registry:read', 'registry:write']), { wrapper });
  expect(result.current.can).toEqual([
    ['registry:read', false],
    ['registry:write', false],
  ]);
  await waitFor(() => expect(result.current.me.isSuccess).toBe(true));
  expect(result.current.can).toEqual([
    ['registry:read', true],
    ['registry:write', false],
  ]);
});

test('an admin holds the write scopes', async () => {
  const { result } = renderHook(() => useScopes(['users:manage', 'registry:write']), { wrapper });
  await waitFor(() => expect(result.current.me.data).toEqual(ME));
  expect(result.current.can).toEqual([
    ['users:manage', true],
    ['registry:write', true],
  ]);
});
