import type { paths } from '@/api/schema';

export type BusinessListQuery = NonNullable<paths['/api/v1/businesses']['get']['parameters']['query']>;

export const businessKeys = {
  all: ['businesses'] as const,
  lists: () => [...businessKeys.all, 'list'] as const,
  list: (query: BusinessListQuery) => [...businessKeys.lists(), query] as const,
  /** Every page of a list at once (a site's businesses), kept by id. */
  allPages: (query: BusinessListQuery) => [...businessKeys.lists(), 'all-pages', query] as const,
  details: () => [...businessKeys.all, 'detail'] as const,
  detail: (id: string) => [...businessKeys.details(), id] as const,
  permits: (id: string) => [...businessKeys.detail(id), 'permits'] as const,
  ownCompany: () => [...businessKeys.lists(), 'own-company'] as const,
};
