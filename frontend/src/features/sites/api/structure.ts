import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import { fetchAllPages } from './fetch-all';

export type StructureEntry = components['schemas']['StructureEntry'];
export type StructureEntryCreate = components['schemas']['StructureEntryCreate'];
export type StructureEntryUpdate = components['schemas']['StructureEntryUpdate'];
export type Consent = components['schemas']['Consent'];
export type Insurance = components['schemas']['Insurance'];
export type Business = components['schemas']['Business'];

export const structureQueryOptions = (siteId: string) =>
  queryOptions({
    queryKey: ['sites', siteId, 'structure'],
    queryFn: () => unwrap(api.GET('/api/v1/sites/{site_id}/structure', { params: { path: { site_id: siteId } } })),
  });

export const useStructure = (siteId: string) => useQuery(structureQueryOptions(siteId));

/** The structure's businesses in full (phone, email), which structure entries do not carry. */
export function useStructureBusinesses(siteId: string) {
  return useQuery({
    queryKey: ['sites', siteId, 'businesses'],
    queryFn: async () => {
      const items = await fetchAllPages((page) =>
        unwrap(api.GET('/api/v1/businesses', { params: { query: { site_id: siteId, page, limit: 200 } } })),
      );
      return new Map(items.map((business) => [business.id, business]));
    },
  });
}

function useInvalidateStructure(siteId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['sites', siteId] }),
      queryClient.invalidateQueries({ queryKey: ['picker', 'businesses'] }),
    ]);
}

export function useAddStructureEntry(siteId: string) {
  const invalidate = useInvalidateStructure(siteId);
  return useMutation({
    mutationFn: (body: StructureEntryCreate) =>
      unwrap(api.POST('/api/v1/sites/{site_id}/structure', { params: { path: { site_id: siteId } }, body })),
    onSuccess: invalidate,
  });
}

export function useUpdateStructureEntry(siteId: string) {
  const invalidate = useInvalidateStructure(siteId);
  return useMutation({
    mutationFn: ({ businessId, body }: { businessId: string; body: StructureEntryUpdate }) =>
      unwrap(
        api.PATCH('/api/v1/sites/{site_id}/structure/{business_id}', {
          params: { path: { site_id: siteId, business_id: businessId } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useRemoveStructureEntry(siteId: string) {
  const invalidate = useInvalidateStructure(siteId);
  return useMutation({
    mutationFn: (businessId: string) =>
      unwrap(
        api.DELETE('/api/v1/sites/{site_id}/structure/{business_id}', {
          params: { path: { site_id: siteId, business_id: businessId } },
        }),
      ),
    onSuccess: invalidate,
  });
}
