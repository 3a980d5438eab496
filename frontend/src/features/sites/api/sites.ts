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
import { useMe } from '@/features/auth';

import type { SitesSearch } from '../search';

import { siteKeys, type SiteListQuery } from './keys';

export type Site = components['schemas']['Site'];
export type SiteCreate = components['schemas']['SiteCreate'];
export type SiteUpdate = components['schemas']['SiteUpdate'];
export type StructureMode = components['schemas']['StructureMode'];

export const SITES_PAGE_SIZE = 20;

/** The URL's filters as GET /sites query parameters. */
export function sitesQuery(search: SitesSearch): SiteListQuery {
  return { page: search.page ?? 1, limit: SITES_PAGE_SIZE, ...sitesFilters(search) };
}

/** The filters alone: the list and its CSV export take the same ones. */
export function sitesFilters(search: SitesSearch) {
  return {
    code: search.code || undefined,
    name: search.name || undefined,
    branch_id: search.branch_id || undefined,
    ccus_site_id: search.ccus_site_id || undefined,
    has_ccus_id: search.has_ccus_id,
    is_visible: search.is_visible,
    structure_mode: search.structure_mode,
    prefecture_code: search.prefecture_code || undefined,
    active_on: search.active_on || undefined,
    business_id: search.business_id || undefined,
    staff_user_id: search.staff_user_id || undefined,
  };
}

export const sitesQueryOptions = (query: SiteListQuery) =>
  queryOptions({
    queryKey: siteKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/sites', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const useSites = (search: SitesSearch) => useQuery(sitesQueryOptions(sitesQuery(search)));

export const siteQueryOptions = (siteId: string) =>
  queryOptions({
    queryKey: siteKeys.detail(siteId),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{site_id}', { params: { path: { site_id: siteId } } })),
  });

export const useSite = (siteId: string) => useQuery(siteQueryOptions(siteId));

/** Every site entry: lists (and the site pickers), details, structures, site workers. */
export const invalidateSites = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: siteKeys.all });

/** What one site shows: its detail, structure and site workers. */
export const invalidateSite = (queryClient: QueryClient, siteId: string) =>
  queryClient.invalidateQueries({ queryKey: siteKeys.site(siteId) });

export function useCreateSite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SiteCreate) => unwrap(api.POST('/api/v1/sites', { body })),
    onSuccess: () => invalidateSites(queryClient),
  });
}

export function useUpdateSite(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SiteUpdate) =>
      unwrap(api.PATCH('/api/v1/sites/{site_id}', { params: { path: { site_id: siteId } }, body })),
    onSuccess: () => invalidateSites(queryClient),
  });
}

export function useDeleteSite(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/sites/{site_id}', { params: { path: { site_id: siteId } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: siteKeys.site(siteId) });
      return queryClient.invalidateQueries({ queryKey: siteKeys.lists() });
    },
  });
}

/** The tenant (元請) as the app header knows it. */
export function useTenantName() {
  const me = useMe();
  return me.data?.tenant.name ?? '';
}
