import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import { siteKeys } from './keys';

export type StaffMember = components['schemas']['StaffMember'];

/** Active users of the tenant: who can be put in charge of a site (現場担当者). */
export const useStaffOptions = () =>
  useQuery(
    queryOptions({
      queryKey: siteKeys.staffOptions(),
      queryFn: () => unwrap(api.GET('/api/v1/sites/staff-options')),
      staleTime: 5 * 60_000,
    }),
  );

export const useSiteStaff = (siteId: string) =>
  useQuery({
    queryKey: siteKeys.staff(siteId),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{site_id}/staff', { params: { path: { site_id: siteId } } })),
  });

/** The chosen users replace the site's staff; the lists filtered by 担当者 refresh too. */
export function useSetSiteStaff(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userIds: string[]) =>
      unwrap(
        api.PUT('/api/v1/sites/{site_id}/staff', {
          params: { path: { site_id: siteId } },
          body: { user_ids: userIds },
        }),
      ),
    onSuccess: (staff) => {
      queryClient.setQueryData(siteKeys.staff(siteId), staff);
      void queryClient.invalidateQueries({ queryKey: siteKeys.lists() });
    },
  });
}
