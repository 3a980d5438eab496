import { useQuery } from '@tanstack/react-query';

import { siteQueryOptions } from '@/features/sites';

/** The 現場 filter shows the chosen site's name even when it is not among the picker's first matches. */
export function useSiteLabel(siteId: string | undefined) {
  const query = useQuery({
    ...siteQueryOptions(siteId ?? ''),
    enabled: Boolean(siteId),
    staleTime: 5 * 60_000,
    select: (site) => `${site.code} ${site.name}`,
  });
  return query.data;
}
