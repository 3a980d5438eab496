import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import type { BusinessesSearch } from '../search';

export type Business = components['schemas']['Business'];
export type BusinessCreate = components['schemas']['BusinessCreate'];
export type BusinessUpdate = components['schemas']['BusinessUpdate'];

export const PAGE_SIZE = 20;

/** The list filters as the API takes them; blanks are left out. */
export function businessFilters(search: BusinessesSearch) {
  return {
    code: search.code || undefined,
    name: search.name || undefined,
    ccus_business_id: search.ccus_business_id || undefined,
    phone: search.phone || undefined,
    branch_id: search.branch_id || undefined,
    site_id: search.site_id || undefined,
    has_ccus_id: search.has_ccus_id,
  };
}

export const businessesQueryOptions = (search: BusinessesSearch) =>
  queryOptions({
    queryKey: ['businesses', 'list', search],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/businesses', {
          params: { query: { ...businessFilters(search), page: search.page ?? 1, limit: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useBusinesses = (search: BusinessesSearch) => useQuery(businessesQueryOptions(search));

export const businessQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['businesses', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/v1/businesses/{business_id}', { params: { path: { business_id: id } } })),
  });

export const useBusiness = (id: string) => useQuery(businessQueryOptions(id));

/** 所属支店 names for the list and the detail; a tenant has a handful of branches. */
export function useBranchNames() {
  const query = useQuery({
    // The same query as the branch pickers, so the page asks for branches once.
    queryKey: ['picker', 'branches'],
    queryFn: () => unwrap(api.GET('/api/v1/branches', { params: { query: { limit: 200 } } })),
    staleTime: 5 * 60_000,
  });
  const names = new Map((query.data?.items ?? []).map((branch) => [branch.id, branch.name]));
  return (ids: readonly string[]) =>
    ids
      .map((id) => names.get(id) ?? '')
      .filter(Boolean)
      .join(', ');
}

/** The 現場 filter shows the chosen site's name even when it is not among the picker's first matches. */
export function useSiteLabel(siteId: string | undefined) {
  const query = useQuery({
    queryKey: ['businesses', 'site-label', siteId],
    queryFn: () => unwrap(api.GET('/api/v1/sites/{site_id}', { params: { path: { site_id: siteId ?? '' } } })),
    enabled: Boolean(siteId),
    staleTime: 5 * 60_000,
  });
  return query.data ? `${query.data.code} ${query.data.name}` : undefined;
}

export function useCreateBusiness() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BusinessCreate) => unwrap(api.POST('/api/v1/businesses', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['businesses'] }),
  });
}

export function useUpdateBusiness(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BusinessUpdate) =>
      unwrap(api.PATCH('/api/v1/businesses/{business_id}', { params: { path: { business_id: id } }, body })),
    onSuccess: (business) => {
      queryClient.setQueryData(businessQueryOptions(id).queryKey, business);
      return queryClient.invalidateQueries({ queryKey: ['businesses', 'list'] });
    },
  });
}

export function useDeleteBusiness() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/businesses/{business_id}', { params: { path: { business_id: id } } })),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: businessQueryOptions(id).queryKey });
      return queryClient.invalidateQueries({ queryKey: ['businesses', 'list'] });
    },
  });
}

/** Audited on the server: each call is one reveal, so the value is never cached. */
export function useRevealVerificationNumber(id: string) {
  return useMutation({
    // The revealed number must not outlive the page in the mutation cache.
    gcTime: 0,
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/businesses/{business_id}/verification-number/reveal', {
          params: { path: { business_id: id } },
        }),
      ),
  });
}
