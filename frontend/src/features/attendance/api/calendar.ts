import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import { attendanceKeys } from './keys';

export type SiteCalendar = components['schemas']['SiteCalendar'];
export type CalendarWorker = components['schemas']['CalendarWorker'];
export type CalendarDay = components['schemas']['CalendarDay'];

export const calendarQueryOptions = (siteId: string, month: string) =>
  queryOptions({
    queryKey: attendanceKeys.calendar(siteId, month),
    queryFn: () =>
      unwrap(api.GET('/api/v1/sites/{site_id}/calendar', { params: { path: { site_id: siteId }, query: { month } } })),
    placeholderData: keepPreviousData,
  });

export function useSiteCalendar(siteId: string, month: string) {
  return useQuery(calendarQueryOptions(siteId, month));
}
