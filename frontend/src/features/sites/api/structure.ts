import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import { invalidateBusinesses } from '@/features/businesses';
import { invalidateWorkers } from '@/features/workers';

import { siteKeys } from './keys';
import { invalidateSite } from './sites';

export type StructureEntry = components['schemas']['StructureEntry'];
export type StructureEntryCreate = components['schemas']['StructureEntryCreate'];
export type StructureEntryUpdate = components['schemas']['StructureEntryUpdate'];
export type Consent = components['schemas']['Consent'];
export type Insurance = components['schemas']['Insurance'];
export type Business = components['schemas']['Business'];

export const structureQueryOptions = (siteId: string) =>
  queryOptions({
    queryKey: siteKeys.structure(siteId),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{site_id}/structure', { params: { path: { site_id: siteId } } })),
  });

export const useStructure = (siteId: string) => useQuery(structureQueryOptions(siteId));

function useInvalidateStructure(siteId: string) {
  const queryClient = useQueryClient();
  return () =>
    // The site's entries, and the businesses and workers listed by site (pickers, the tabs' details).
    Promise.all([
      invalidateSite(queryClient, siteId),
      invalidateBusinesses(queryClient),
      invalidateWorkers(queryClient),
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
