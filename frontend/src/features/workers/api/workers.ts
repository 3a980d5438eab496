import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { fetchAllPages } from '@/lib/fetch-all';

import type { WorkersSearch } from '../search';

import { workerKeys, type WorkerListQuery } from './keys';

export type Worker = components['schemas']['Worker'];
export type WorkerCreate = components['schemas']['WorkerCreate'];
export type WorkerUpdate = components['schemas']['WorkerUpdate'];
export type Career = components['schemas']['Career'];
export type Qualification = components['schemas']['Qualification'];

export const PAGE_SIZE = 20;

/** The list filters as the API's query (list and export take the same ones). */
export function workerFilters(search: WorkersSearch) {
  return {
    business_id: search.business_id,
    code: search.code,
    name: search.name,
    ccus_worker_id: search.ccus_worker_id,
    phone: search.phone,
    employment_type_code: search.employment_type_code,
    site_id: search.site_id,
    status: search.status,
  };
}

export const workersQueryOptions = (query: WorkerListQuery) =>
  queryOptions({
    queryKey: workerKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/workers', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const useWorkers = (search: WorkersSearch) =>
  useQuery(workersQueryOptions({ ...workerFilters(search), page: search.page ?? 1, limit: search.limit ?? PAGE_SIZE }));

export const workerQueryOptions = (id: string) =>
  queryOptions({
    queryKey: workerKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/workers/{worker_id}', { params: { path: { worker_id: id } } })),
  });

export const useWorker = (id: string) => useQuery(workerQueryOptions(id));

/** The occupations a worker holds: a day's or a site worker's 職種 must be one of them. */
export function heldOccupationIds(worker: Worker): string[] {
  return [worker.primary_occupation.id, ...worker.occupation_ids.filter((id) => id !== worker.primary_occupation.id)];
}

/** CCUS-accepted days against the skill-level thresholds; every written work day can move it. */
export const careerQueryOptions = (id: string) =>
  queryOptions({
    queryKey: workerKeys.career(id),
    queryFn: () => unwrap(api.GET('/api/v1/workers/{worker_id}/career', { params: { path: { worker_id: id } } })),
  });

/** Kana, phones and 雇用区分 of a site's workers (retired ones too), which site workers do not carry. */
export function useSiteWorkerProfiles(siteId: string) {
  const query: WorkerListQuery = { site_id: siteId, status: 'all', limit: 200 };
  return useQuery({
    queryKey: workerKeys.allPages(query),
    queryFn: async () => {
      const items = await fetchAllPages((page) =>
        unwrap(api.GET('/api/v1/workers', { params: { query: { ...query, page } } })),
      );
      return new Map(items.map((worker) => [worker.id, worker]));
    },
  });
}

/** Every worker entry: lists (and the worker pickers), details and careers. */
export const invalidateWorkers = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: workerKeys.all });

export function useCreateWorker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkerCreate) => unwrap(api.POST('/api/v1/workers', { body })),
    onSuccess: () => invalidateWorkers(queryClient),
  });
}

export function useUpdateWorker(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkerUpdate) =>
      unwrap(api.PATCH('/api/v1/workers/{worker_id}', { params: { path: { worker_id: id } }, body })),
    onSuccess: () => invalidateWorkers(queryClient),
  });
}

export function useDeleteWorker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/workers/{worker_id}', { params: { path: { worker_id: id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: workerKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: workerKeys.lists() });
    },
  });
}

/** Every reveal is written to the audit log, so it happens only on an explicit click. */
export function useRevealVerificationNumber(id: string) {
  return useMutation({
    // The revealed number must not outlive the page in the mutation cache.
    gcTime: 0,
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/workers/{worker_id}/verification-number/reveal', {
          params: { path: { worker_id: id } },
        }),
      ),
  });
}
