import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

// Names for ids kept in the URL or a form, so the pickers can show what is selected.

export const useBusinessName = (id: string | undefined) =>
  useQuery({
    queryKey: ['workers', 'lookup', 'business', id],
    queryFn: () => unwrap(api.GET('/api/v1/businesses/{business_id}', { params: { path: { business_id: id ?? '' } } })),
    enabled: Boolean(id),
    select: (business) => business.name,
  });

export const useSiteName = (id: string | undefined) =>
  useQuery({
    queryKey: ['workers', 'lookup', 'site', id],
    queryFn: () => unwrap(api.GET('/api/v1/sites/{site_id}', { params: { path: { site_id: id ?? '' } } })),
    enabled: Boolean(id),
    select: (site) => `${site.code} ${site.name}`,
  });

export { useMe } from '@/lib/me';
