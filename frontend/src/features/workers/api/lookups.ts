import { useQuery } from '@tanstack/react-query';

import { businessQueryOptions } from '@/features/businesses';
import { siteQueryOptions } from '@/features/sites';

// Names for ids kept in the URL or a form, so the pickers can show what is selected.

export const useBusinessName = (id: string | undefined) =>
  useQuery({ ...businessQueryOptions(id ?? ''), enabled: Boolean(id), select: (business) => business.name });

export const useSiteName = (id: string | undefined) =>
  useQuery({ ...siteQueryOptions(id ?? ''), enabled: Boolean(id), select: (site) => `${site.code} ${site.name}` });
