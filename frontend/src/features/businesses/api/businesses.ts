import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { fetchAllPages } from '@/lib/fetch-all';

import type { BusinessesSearch } from '../search';

import { businessKeys, type BusinessListQuery } from './keys';

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

export const businessesQueryOptions = (query: BusinessListQuery) =>
  queryOptions({
    queryKey: businessKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/businesses', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const useBusinesses = (search: BusinessesSearch) =>
  useQuery(businessesQueryOptions({ ...businessFilters(search), page: search.page ?? 1, limit: PAGE_SIZE }));

export const businessQueryOptions = (id: string) =>
  queryOptions({
    queryKey: businessKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/businesses/{business_id}', { params: { path: { business_id: id } } })),
  });

export const useBusiness = (id: string) => useQuery(businessQueryOptions(id));

/** A site's businesses in full (phone, email), which its structure entries do not carry. */
export function useSiteBusinesses(siteId: string) {
  const query = { site_id: siteId, limit: 200 };
  return useQuery({
    queryKey: businessKeys.allPages(query),
    queryFn: async () => {
      const items = await fetchAllPages((page) =>
        unwrap(api.GET('/api/v1/businesses', { params: { query: { ...query, page } } })),
      );
      return new Map(items.map((business) => [business.id, business]));
    },
  });
}

/** Every business entry: lists (and the business pickers) and details. */
export const invalidateBusinesses = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: businessKeys.all });

export function useCreateBusiness() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BusinessCreate) => unwrap(api.POST('/api/v1/businesses', { body })),
    onSuccess: () => invalidateBusinesses(queryClient),
  });
}

export function useUpdateBusiness(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BusinessUpdate) =>
      unwrap(api.PATCH('/api/v1/businesses/{business_id}', { params: { path: { business_id: id } }, body })),
    onSuccess: (business) => {
      queryClient.setQueryData(businessQueryOptions(id).queryKey, business);
      return queryClient.invalidateQueries({ queryKey: businessKeys.lists() });
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
      return queryClient.invalidateQueries({ queryKey: businessKeys.lists() });
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
