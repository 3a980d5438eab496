import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { IdCheckTable } from '../labels';
import type { BusinessUpdate, LocalEntity, SiteUpdate, WorkerUpdate } from '../remote-fields';

export function useRemoteEntity(table: IdCheckTable, entityId: string) {
  return useQuery({
    queryKey: ['ccus', 'remote', table, entityId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/ccus/remote/{table}/{entity_id}', { params: { path: { table, entity_id: entityId } } })),
  });
}

async function fetchLocal(table: IdCheckTable, id: string): Promise<LocalEntity> {
  switch (table) {
    case 'sites':
      return {
        table,
        record: await unwrap(api.GET('/api/v1/sites/{site_id}', { params: { path: { site_id: id } } })),
      };
    case 'businesses':
      return {
        table,
        record: await unwrap(api.GET('/api/v1/businesses/{business_id}', { params: { path: { business_id: id } } })),
      };
    case 'workers':
      return {
        table,
        record: await unwrap(api.GET('/api/v1/workers/{worker_id}', { params: { path: { worker_id: id } } })),
      };
  }
}

/** Our own record, for the genba column of the comparison. */
export function useLocalEntity(table: IdCheckTable, entityId: string) {
  return useQuery({
    queryKey: ['ccus', 'local', table, entityId],
    queryFn: () => fetchLocal(table, entityId),
  });
}

async function patchLocal(table: IdCheckTable, id: string, body: Record<string, string | null>): Promise<void> {
  switch (table) {
    case 'sites':
      await unwrap(
        api.PATCH('/api/v1/sites/{site_id}', { params: { path: { site_id: id } }, body: body as SiteUpdate }),
      );
      return;
    case 'businesses':
      await unwrap(
        api.PATCH('/api/v1/businesses/{business_id}', {
          params: { path: { business_id: id } },
          body: body as BusinessUpdate,
        }),
      );
      return;
    case 'workers':
      await unwrap(
        api.PATCH('/api/v1/workers/{worker_id}', { params: { path: { worker_id: id } }, body: body as WorkerUpdate }),
      );
  }
}

/** Takes CCUS's values with the usual update, as the API intends for 「CCUS取得」. */
export function useApplyRemote(table: IdCheckTable, entityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, string | null>) => patchLocal(table, entityId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['ccus'] }),
        queryClient.invalidateQueries({ queryKey: [table] }),
      ]),
  });
}
