import { useQuery } from '@tanstack/react-query';

import { businessQueryOptions } from '@/features/businesses';

/** The 事業者 filter shows the chosen business's name even when it is not among the first matches. */
export function useBusinessLabel(businessId: string | undefined) {
  const query = useQuery({
    ...businessQueryOptions(businessId ?? ''),
    enabled: Boolean(businessId),
    staleTime: 5 * 60_000,
    select: (business) => business.name,
  });
  return query.data;
}
