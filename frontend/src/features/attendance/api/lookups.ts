import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type Site = components['schemas']['Site'];
export type Worker = components['schemas']['Worker'];
export type SiteWorker = components['schemas']['SiteWorker'];

// Records this feature reads to label its filters and fill its forms' defaults.

export const siteQueryOptions = (siteId: string) =>
  queryOptions({
    queryKey: ['attendance', 'site', siteId],
    queryFn: () => unwrap(api.GET('/api/v1/sites/{site_id}', { params: { path: { site_id: siteId } } })),
    staleTime: 60_000,
  });

export function useSite(siteId: string | null | undefined) {
  return useQuery({ ...siteQueryOptions(siteId ?? ''), enabled: Boolean(siteId) });
}

export const workerQueryOptions = (workerId: string) =>
  queryOptions({
    queryKey: ['attendance', 'worker', workerId],
    queryFn: () => unwrap(api.GET('/api/v1/workers/{worker_id}', { params: { path: { worker_id: workerId } } })),
    staleTime: 60_000,
  });

export function useWorker(workerId: string | null | undefined) {
  return useQuery({ ...workerQueryOptions(workerId ?? ''), enabled: Boolean(workerId) });
}

export function useBusiness(businessId: string | null | undefined) {
  return useQuery({
    queryKey: ['attendance', 'business', businessId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/businesses/{business_id}', { params: { path: { business_id: businessId ?? '' } } })),
    enabled: Boolean(businessId),
    staleTime: 60_000,
  });
}

/** 施工体制技能者: whose occupation and position are the defaults of a day on that site. */
export const siteWorkersQueryOptions = (siteId: string) =>
  queryOptions({
    queryKey: ['attendance', 'site-workers', siteId],
    queryFn: () => unwrap(api.GET('/api/v1/sites/{site_id}/workers', { params: { path: { site_id: siteId } } })),
    staleTime: 60_000,
  });

export function useSiteStructure(siteId: string) {
  return useQuery({
    queryKey: ['attendance', 'structure', siteId],
    queryFn: () => unwrap(api.GET('/api/v1/sites/{site_id}/structure', { params: { path: { site_id: siteId } } })),
    staleTime: 60_000,
  });
}

export function workerName(worker: Pick<Worker, 'family_name' | 'given_name'>): string {
  return `${worker.family_name} ${worker.given_name}`;
}

/** The worker as the WorkerSelect lists it: "水本 林男(コムテックス株式会社)". */
export function workerOptionLabel(worker: Worker): string {
  return `${workerName(worker)}(${worker.business.name})`;
}

export function siteLabel(site: Pick<Site, 'code' | 'name'>): string {
  return `${site.code} ${site.name}`;
}

/** The occupations a worker holds: a day's occupation must be one of them. */
export function heldOccupationIds(worker: Worker): string[] {
  return [worker.primary_occupation.id, ...worker.occupation_ids.filter((id) => id !== worker.primary_occupation.id)];
}

/**
 * What a new day of a worker starts with: their 施工体制技能者 occupation and position on the site,
 * else their own 代表職種 and 立場. Null when the worker cannot be read.
 */
export async function fetchWorkerDefaults(queryClient: QueryClient, workerId: string, siteId: string | null) {
  const worker = await queryClient.fetchQuery(workerQueryOptions(workerId)).catch(() => null);
  if (!worker) return null;
  const siteWorkers = siteId ? await queryClient.fetchQuery(siteWorkersQueryOptions(siteId)).catch(() => []) : [];
  const onSite = siteWorkers.find((entry) => entry.worker.id === workerId);
  return {
    worker,
    occupation_id: onSite?.occupation_id ?? worker.primary_occupation.id,
    position_code: onSite ? onSite.position_code : worker.position_code,
  };
}
