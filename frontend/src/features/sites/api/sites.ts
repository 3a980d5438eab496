import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { useMe } from '@/lib/me';

import type { SitesSearch } from '../search';

export type Site = components['schemas']['Site'];
export type SiteCreate = components['schemas']['SiteCreate'];
export type SiteUpdate = components['schemas']['SiteUpdate'];
export type StructureMode = components['schemas']['StructureMode'];

export const SITES_PAGE_SIZE = 20;

/** The URL's filters as GET /sites query parameters. */
export function sitesQuery(search: SitesSearch) {
  return {
    page: search.page ?? 1,
    limit: SITES_PAGE_SIZE,
    code: search.code || undefined,
    name: search.name || undefined,
    branch_id: search.branch_id || undefined,
    ccus_site_id: search.ccus_site_id || undefined,
    has_ccus_id: search.has_ccus_id,
    is_visible: search.is_visible,
    structure_mode: search.structure_mode,
    prefecture_code: search.prefecture_code || undefined,
    active_on: search.active_on || undefined,
  };
}

export const sitesQueryOptions = (search: SitesSearch) => {
  const query = sitesQuery(search);
  return queryOptions({
    queryKey: ['sites', 'list', query],
    queryFn: () => unwrap(api.GET('/api/v1/sites', { params: { query } })),
    placeholderData: keepPreviousData,
  });
};

export const useSites = (search: SitesSearch) => useQuery(sitesQueryOptions(search));

export const siteQueryOptions = (siteId: string) =>
  queryOptions({
    queryKey: ['sites', 'detail', siteId],
    queryFn: () => unwrap(api.GET('/api/v1/sites/{site_id}', { params: { path: { site_id: siteId } } })),
  });

export const useSite = (siteId: string) => useQuery(siteQueryOptions(siteId));

function useInvalidateSites() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['sites'] }),
      queryClient.invalidateQueries({ queryKey: ['picker', 'sites'] }),
    ]);
}

export function useCreateSite() {
  const invalidate = useInvalidateSites();
  return useMutation({
    mutationFn: (body: SiteCreate) => unwrap(api.POST('/api/v1/sites', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateSite(siteId: string) {
  const invalidate = useInvalidateSites();
  return useMutation({
    mutationFn: (body: SiteUpdate) =>
      unwrap(api.PATCH('/api/v1/sites/{site_id}', { params: { path: { site_id: siteId } }, body })),
    onSuccess: invalidate,
  });
}

export function useDeleteSite(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/sites/{site_id}', { params: { path: { site_id: siteId } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['sites', 'detail', siteId] });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['sites', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['picker', 'sites'] }),
      ]);
    },
  });
}

/** Branch names by id; shares BranchSelect's cache entry so the list costs no extra request. */
export function useBranchNames() {
  const branches = useQuery({
    queryKey: ['picker', 'branches'],
    queryFn: () => unwrap(api.GET('/api/v1/branches', { params: { query: { limit: 200 } } })),
  });
  return new Map((branches.data?.items ?? []).map((branch) => [branch.id, branch.name]));
}

/** The tenant (元請) as the app header knows it. */
export function useTenantName() {
  const me = useMe();
  return me.data?.tenant.name ?? '';
}
