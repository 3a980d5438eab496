import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import { fetchAllPages } from './fetch-all';

export type SiteWorker = components['schemas']['SiteWorker'];
export type SiteWorkerUpdate = components['schemas']['SiteWorkerUpdate'];
export type Worker = components['schemas']['Worker'];

export const siteWorkersQueryOptions = (siteId: string) =>
  queryOptions({
    queryKey: ['sites', siteId, 'workers'],
    queryFn: () => unwrap(api.GET('/api/v1/sites/{site_id}/workers', { params: { path: { site_id: siteId } } })),
  });

export const useSiteWorkers = (siteId: string) => useQuery(siteWorkersQueryOptions(siteId));

/** Kana, phones and 雇用区分 of the site's workers (retired ones too), which site workers do not carry. */
export function useSiteWorkerProfiles(siteId: string) {
  return useQuery({
    queryKey: ['sites', siteId, 'worker-profiles'],
    queryFn: async () => {
      const items = await fetchAllPages((page) =>
        unwrap(
          api.GET('/api/v1/workers', {
            params: { query: { site_id: siteId, status: 'all', page, limit: 200 } },
          }),
        ),
      );
      return new Map(items.map((worker) => [worker.id, worker]));
    },
  });
}

/** One worker in full: the 代表職種 and further occupations a site worker's 職種 must come from. */
export function useWorker(workerId: string) {
  return useQuery({
    queryKey: ['workers', 'detail', workerId],
    queryFn: () => unwrap(api.GET('/api/v1/workers/{worker_id}', { params: { path: { worker_id: workerId } } })),
  });
}

export function heldOccupationIds(worker: Worker): string[] {
  return [worker.primary_occupation.id, ...worker.occupation_ids.filter((id) => id !== worker.primary_occupation.id)];
}

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
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['sites', siteId, 'workers'] });
      // Manual and bulk entry default to the site worker's 職種 and 立場: they must see the change.
      await queryClient.invalidateQueries({ queryKey: ['attendance', 'site-workers'] });
    },
  });
}
