import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { businessQueryOptions, invalidateBusinesses } from '@/features/businesses';
import { invalidateSites, siteQueryOptions } from '@/features/sites';
import { invalidateWorkers, workerQueryOptions } from '@/features/workers';
import { api, unwrap } from '@/lib/api-client';

import type { IdCheckTable } from '../labels';
import type { LocalEntity } from '../remote-fields';

import { ccusKeys } from './keys';
import { invalidateCcus } from './results';

export function useRemoteEntity(table: IdCheckTable, entityId: string) {
  return useQuery({
    queryKey: ccusKeys.remote(table, entityId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/ccus/remote/{table}/{entity_id}', { params: { path: { table, entity_id: entityId } } })),
  });
}

/** Our own record, for the genba column of the comparison: the owning feature's own query. */
export function useLocalEntity(table: IdCheckTable, entityId: string): { data: LocalEntity | undefined } {
  const site = useQuery({ ...siteQueryOptions(entityId), enabled: table === 'sites' });
  const business = useQuery({ ...businessQueryOptions(entityId), enabled: table === 'businesses' });
  const worker = useQuery({ ...workerQueryOptions(entityId), enabled: table === 'workers' });
  switch (table) {
    case 'sites':
      return { data: site.data && { table, record: site.data } };
    case 'businesses':
      return { data: business.data && { table, record: business.data } };
    case 'workers':
      return { data: worker.data && { table, record: worker.data } };
  }
}

async function patchLocal(table: IdCheckTable, id: string, body: Record<string, string | null>): Promise<void> {
  switch (table) {
    case 'sites':
      await unwrap(api.PATCH('/api/v1/sites/{site_id}', { params: { path: { site_id: id } }, body: body }));
      return;
    case 'businesses':
      await unwrap(
        api.PATCH('/api/v1/businesses/{business_id}', {
          params: { path: { business_id: id } },
          body: body,
        }),
      );
      return;
    case 'workers':
      await unwrap(api.PATCH('/api/v1/workers/{worker_id}', { params: { path: { worker_id: id } }, body: body }));
  }
}

const INVALIDATE_TABLE: Record<IdCheckTable, (queryClient: QueryClient) => Promise<void>> = {
  sites: invalidateSites,
  businesses: invalidateBusinesses,
  workers: invalidateWorkers,
};

/** Takes CCUS's values with the usual update, as the API intends for 「CCUS取得」. */
export function useApplyRemote(table: IdCheckTable, entityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, string | null>) => patchLocal(table, entityId, body),
    onSuccess: () => Promise.all([invalidateCcus(queryClient), INVALIDATE_TABLE[table](queryClient)]),
  });
}
