import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import { siteKeys } from './keys';

export type SiteWorker = components['schemas']['SiteWorker'];
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
    // Manual and bulk entry read the same entry for their 職種 and 立場 defaults.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: siteKeys.workers(siteId) }),
  });
}
