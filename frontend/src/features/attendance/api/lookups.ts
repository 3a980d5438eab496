import { useQuery, type QueryClient } from '@tanstack/react-query';

import { businessQueryOptions } from '@/features/businesses';
import { siteQueryOptions, siteWorkersQueryOptions, structureQueryOptions, type Site } from '@/features/sites';
import { workerQueryOptions, type Worker } from '@/features/workers';

export { heldOccupationIds } from '@/features/workers';

// Records this feature reads, through their owners' queries, to label its filters and fill its
// forms' defaults. They change rarely while a day is being entered.
const LOOKUP = { staleTime: 60_000 } as const;

export function useSite(siteId: string | null | undefined) {
  return useQuery({ ...siteQueryOptions(siteId ?? ''), ...LOOKUP, enabled: Boolean(siteId) });
}

export function useWorker(workerId: string | null | undefined) {
  return useQuery({ ...workerQueryOptions(workerId ?? ''), ...LOOKUP, enabled: Boolean(workerId) });
}

export function useBusiness(businessId: string | null | undefined) {
  return useQuery({ ...businessQueryOptions(businessId ?? ''), ...LOOKUP, enabled: Boolean(businessId) });
}

export function useSiteStructure(siteId: string) {
  return useQuery({ ...structureQueryOptions(siteId), ...LOOKUP });
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

/**
 * What a new day of a worker starts with: their 施工体制技能者 occupation and position on the site,
 * else their own 代表職種 and 立場. Null when the worker cannot be read.
 */
export async function fetchWorkerDefaults(queryClient: QueryClient, workerId: string, siteId: string | null) {
  const worker = await queryClient.fetchQuery({ ...workerQueryOptions(workerId), ...LOOKUP }).catch(() => null);
  if (!worker) return null;
  const siteWorkers = siteId
    ? await queryClient.fetchQuery({ ...siteWorkersQueryOptions(siteId), ...LOOKUP }).catch(() => [])
    : [];
  const onSite = siteWorkers.find((entry) => entry.worker.id === workerId);
  return {
    worker,
    occupation_id: onSite?.occupation_id ?? worker.primary_occupation.id,
    position_code: onSite ? onSite.position_code : worker.position_code,
  };
}
