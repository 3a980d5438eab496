import type { paths } from '@/api/schema';

export type SiteListQuery = NonNullable<paths['/api/v1/sites']['get']['parameters']['query']>;

// One site's entries share a prefix, so a change to it refreshes all of them at once.
export const siteKeys = {
  all: ['sites'] as const,
  lists: () => [...siteKeys.all, 'list'] as const,
  list: (query: SiteListQuery) => [...siteKeys.lists(), query] as const,
  site: (siteId: string) => [...siteKeys.all, 'site', siteId] as const,
  detail: (siteId: string) => [...siteKeys.site(siteId), 'detail'] as const,
  structure: (siteId: string) => [...siteKeys.site(siteId), 'structure'] as const,
  workers: (siteId: string) => [...siteKeys.site(siteId), 'workers'] as const,
  staff: (siteId: string) => [...siteKeys.site(siteId), 'staff'] as const,
  staffOptions: () => [...siteKeys.all, 'staff-options'] as const,
};
