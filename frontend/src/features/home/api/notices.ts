import { useQuery } from '@tanstack/react-query';

import { mailFailuresQueryOptions } from '@/features/admin';
import { webhookEndpointsQueryOptions } from '@/features/webhooks';
import { workDaysQueryOptions } from '@/features/attendance';
import { idCheckSummaryQueryOptions, reservationsQueryOptions, resultsQueryOptions } from '@/features/ccus';

// お知らせ owns no data: it reads the attendance and CCUS features' own queries, so a change
// there (and its refresh) shows here too.

/** Enough rows to group a normal day's entries per site on one request. */
export const TODAY_LIMIT = 200;
export const RESERVATION_PREVIEW = 5;

export function useTodayAttendance(today: string) {
  return useQuery(workDaysQueryOptions({ date_from: today, date_to: today, limit: TODAY_LIMIT, sort: 'entry_at' }));
}

export function useRecentResults(from: string, to: string) {
  return useQuery(resultsQueryOptions(from, to));
}

export function useReservationsPreview() {
  return useQuery(reservationsQueryOptions({ page: 1, limit: RESERVATION_PREVIEW }));
}

export function useIdCheckSummary() {
  return useQuery(idCheckSummaryQueryOptions());
}

/** Administrators only: the endpoints list is theirs (others are refused, and see no panel). */
export function useWebhookEndpoints(enabled: boolean) {
  return useQuery({ ...webhookEndpointsQueryOptions(), enabled });
}

/** Administrators only: account mails the SMTP server never took. */
export function useMailFailures(enabled: boolean) {
  return useQuery({ ...mailFailuresQueryOptions(), enabled });
}
