import type { paths } from '@/api/schema';

export type WorkerListQuery = NonNullable<paths['/api/v1/workers']['get']['parameters']['query']>;

export const workerKeys = {
  all: ['workers'] as const,
  lists: () => [...workerKeys.all, 'list'] as const,
  list: (query: WorkerListQuery) => [...workerKeys.lists(), query] as const,
  /** Every page of a list at once (a site's workers), kept by id. */
  allPages: (query: WorkerListQuery) => [...workerKeys.lists(), 'all-pages', query] as const,
  details: () => [...workerKeys.all, 'detail'] as const,
  detail: (id: string) => [...workerKeys.details(), id] as const,
  careers: () => [...workerKeys.all, 'career'] as const,
  career: (id: string) => [...workerKeys.careers(), id] as const,
};
