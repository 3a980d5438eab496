import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import { siteKeys } from './keys';
import { invalidateSite } from './sites';

export type SiteWorker = components['schemas']['SiteWorker'];
export type SiteWorkerCreate = components['schemas']['SiteWorkerCreate'];
export type SiteWorkerUpdate = components['schemas']['SiteWorkerUpdate'];

export const siteWorkersQueryOptions = (siteId: string) =>
  queryOptions({
    queryKey: siteKeys.workers(siteId),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{site_id}/workers', { params: { path: { site_id: siteId } } })),
  });

export const useSiteWorkers = (siteId: string) => useQuery(siteWorkersQueryOptions(siteId));

export function useUpdateSiteWorker(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ workerId, body }: { workerId: string; body: SiteWorkerUpdate }) =>
      unwrap(
        api.PATCH('/api/v1/sites/{site_id}/workers/{worker_id}', {
          params: { path: { site_id: siteId, worker_id: workerId } },
          body,
        }),
      ),
    // Manual and bulk entry read the same entry for their 職種 and 立場 defaults; the structure
    // counts spot workers.
    onSuccess: () => invalidateSite(queryClient, siteId),
  });
}

/** 技能者追加 and 削除 change the site's workers and its structure's counts. */
export function useAddSiteWorker(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SiteWorkerCreate) =>
      unwrap(api.POST('/api/v1/sites/{site_id}/workers', { params: { path: { site_id: siteId } }, body })),
    onSuccess: () => invalidateSite(queryClient, siteId),
  });
}

export function useRemoveSiteWorker(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (workerId: string) =>
      unwrap(
        api.DELETE('/api/v1/sites/{site_id}/workers/{worker_id}', {
          params: { path: { site_id: siteId, worker_id: workerId } },
        }),
      ),
    onSuccess: () => invalidateSite(queryClient, siteId),
  });
}
