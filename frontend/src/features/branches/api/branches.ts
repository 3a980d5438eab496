import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type Branch = components['schemas']['Branch'];
export type BranchCreate = components['schemas']['BranchCreate'];
export type BranchUpdate = components['schemas']['BranchUpdate'];

export const branchesQueryOptions = (page: number) =>
  queryOptions({
    queryKey: ['branches', { page }],
    queryFn: () => unwrap(api.GET('/api/v1/branches', { params: { query: { page, limit: 50 } } })),
  });

export function useBranches(page: number) {
  return useQuery(branchesQueryOptions(page));
}

export function useSaveBranch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: BranchCreate }) =>
      id
        ? unwrap(api.PATCH('/api/v1/branches/{branch_id}', { params: { path: { branch_id: id } }, body }))
        : unwrap(api.POST('/api/v1/branches', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['branches'] }),
  });
}

export function useDeleteBranch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/branches/{branch_id}', { params: { path: { branch_id: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['branches'] }),
  });
}
