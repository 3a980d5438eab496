import {
  hashKey,
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { invalidateBusinesses } from '@/features/businesses';
import { invalidateCcus } from '@/features/ccus';
import { invalidateSites } from '@/features/sites';
import { invalidateWorkers } from '@/features/workers';
import { toQueryString } from '@/lib/download';

import type { AttendanceSearch } from '../search';

import { attendanceKeys, type WorkDayListQuery } from './keys';

export type WorkDay = components['schemas']['WorkDay'];
export type WorkDayCreate = components['schemas']['WorkDayCreate'];
export type WorkDayUpdate = components['schemas']['WorkDayUpdate'];
export type BulkEntry = components['schemas']['BulkEntry'];
export type BulkRow = components['schemas']['BulkRow'];
export type DayState = components['schemas']['DayState'];

export const PAGE_SIZE = 50;
const SORT = '-work_date';

/** The list's filters as the API takes them (page and empty values left out). */
export function listFilters(search: AttendanceSearch) {
  return {
    site_id: search.site_id,
    business_id: search.business_id,
    worker_id: search.worker_id,
    date_from: search.date_from,
    date_to: search.date_to,
    ccus_state: search.ccus_state,
    state: search.state,
  };
}

export const workDaysQueryOptions = (query: WorkDayListQuery) =>
  queryOptions({
    queryKey: attendanceKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/attendance', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export function useWorkDays(search: AttendanceSearch) {
  return useQuery(
    workDaysQueryOptions({ ...listFilters(search), page: search.page ?? 1, limit: PAGE_SIZE, sort: SORT }),
  );
}

/** The export of exactly the filtered list. */
export function exportUrl(search: AttendanceSearch, format: 'xlsx' | 'csv'): string {
  return `/api/v1/attendance/export${toQueryString({ format, ...listFilters(search), sort: SORT })}`;
}

export const workDayQueryOptions = (workDayId: string) =>
  queryOptions({
    queryKey: attendanceKeys.workDay(workDayId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/attendance/{work_day_id}', { params: { path: { work_day_id: workDayId } } })),
  });

export function useWorkDay(workDayId: string) {
  return useQuery(workDayQueryOptions(workDayId));
}

// A written day reaches far: lists, calendars, careers, CCUS sends and results (and so お知らせ),
// and the site's structure and workers (a new worker joins it). Masters, users, branches, API
// keys and imports stay as they are. `except` is a day that must not be asked for again (deleted).
function invalidateAfterWorkDayWrite(queryClient: QueryClient, except?: string) {
  const deleted = except === undefined ? null : hashKey(attendanceKeys.workDay(except));
  return Promise.all([
    queryClient.invalidateQueries({
      queryKey: attendanceKeys.all,
      predicate: (query) => query.queryHash !== deleted,
    }),
    invalidateCcus(queryClient),
    invalidateSites(queryClient),
    invalidateBusinesses(queryClient),
    invalidateWorkers(queryClient),
  ]);
}

function useInvalidateAttendance() {
  const queryClient = useQueryClient();
  return () => invalidateAfterWorkDayWrite(queryClient);
}

export function useCreateWorkDay() {
  const invalidate = useInvalidateAttendance();
  return useMutation({
    mutationFn: (body: WorkDayCreate) => unwrap(api.POST('/api/v1/attendance', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateWorkDay(workDayId: string) {
  const invalidate = useInvalidateAttendance();
  return useMutation({
    mutationFn: (body: WorkDayUpdate) =>
      unwrap(api.PATCH('/api/v1/attendance/{work_day_id}', { params: { path: { work_day_id: workDayId } }, body })),
    onSuccess: invalidate,
  });
}

export function useDeleteWorkDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (workDayId: string) =>
      unwrap(api.DELETE('/api/v1/attendance/{work_day_id}', { params: { path: { work_day_id: workDayId } } })),
    // The deleted day itself is not asked for again (it would answer 404 while the page leaves).
    onSuccess: (_data, workDayId) => invalidateAfterWorkDayWrite(queryClient, workDayId),
  });
}

export function useBulkRegister() {
  const invalidate = useInvalidateAttendance();
  return useMutation({
    mutationFn: (body: BulkEntry) => unwrap(api.POST('/api/v1/attendance/bulk', { body })),
    onSuccess: invalidate,
  });
}
