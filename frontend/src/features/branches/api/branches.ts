import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import { branchKeys, type BranchListQuery } from './keys';

export type Branch = components['schemas']['Branch'];
export type BranchCreate = components['schemas']['BranchCreate'];
export type BranchUpdate = components['schemas']['BranchUpdate'];

export const branchesQueryOptions = (query: BranchListQuery) =>
  queryOptions({
    queryKey: branchKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/branches', { params: { query } })),
  });

/** Every branch at once, for pickers and names: a tenant has a handful. */
export const allBranchesQueryOptions = () => ({ ...branchesQueryOptions({ limit: 200 }), staleTime: 5 * 60_000 });

export function useBranches(page: number) {
  return useQuery(branchesQueryOptions({ page, limit: 50 }));
}

/** 所属支店 names by id, joined for display; shares the pickers' cache entry. */
export function useBranchNames() {
  const query = useQuery(allBranchesQueryOptions());
  const names = new Map((query.data?.items ?? []).map((branch) => [branch.id, branch.name]));
  return (ids: readonly string[]) =>
    ids
      .map((id) => names.get(id) ?? '')
      .filter(Boolean)
      .join(', ');
}

export const invalidateBranches = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: branchKeys.all });

export function useSaveBranch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: BranchCreate }) =>
      id
        ? unwrap(api.PATCH('/api/v1/branches/{branch_id}', { params: { path: { branch_id: id } }, body }))
        : unwrap(api.POST('/api/v1/branches', { body })),
    onSuccess: () => invalidateBranches(queryClient),
  });
}

export function useDeleteBranch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/branches/{branch_id}', { params: { path: { branch_id: id } } })),
    onSuccess: () => invalidateBranches(queryClient),
  });
}
