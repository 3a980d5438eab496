import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import type { WorkersSearch } from '../search';

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
    site_id: search.site_id,
    status: search.status,
  };
}

export const workersQueryOptions = (search: WorkersSearch) =>
  queryOptions({
    queryKey: ['workers', 'list', search],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workers', {
          params: { query: { ...workerFilters(search), page: search.page ?? 1, limit: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useWorkers = (search: WorkersSearch) => useQuery(workersQueryOptions(search));

export const workerQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['workers', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/v1/workers/{worker_id}', { params: { path: { worker_id: id } } })),
  });

export const useWorker = (id: string) => useQuery(workerQueryOptions(id));

export const useWorkerCareer = (id: string) =>
  useQuery({
    queryKey: ['workers', 'career', id],
    queryFn: () => unwrap(api.GET('/api/v1/workers/{worker_id}/career', { params: { path: { worker_id: id } } })),
  });

export function useCreateWorker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkerCreate) => unwrap(api.POST('/api/v1/workers', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workers'] }),
  });
}

export function useUpdateWorker(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkerUpdate) =>
      unwrap(api.PATCH('/api/v1/workers/{worker_id}', { params: { path: { worker_id: id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workers'] }),
  });
}

export function useDeleteWorker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/workers/{worker_id}', { params: { path: { worker_id: id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: ['workers', 'detail', id] });
      return queryClient.invalidateQueries({ queryKey: ['workers', 'list'] });
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
