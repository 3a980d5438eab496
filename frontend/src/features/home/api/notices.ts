import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** Enough rows to group a normal day's entries per site on one request. */
export const TODAY_LIMIT = 200;
export const RESERVATION_PREVIEW = 5;

export function useTodayAttendance(today: string) {
  return useQuery({
    queryKey: ['home', 'attendance', today],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/attendance', {
          params: { query: { date_from: today, date_to: today, limit: TODAY_LIMIT, sort: 'entry_at' } },
        }),
      ),
  });
}

export function useRecentResults(from: string, to: string) {
  return useQuery({
    queryKey: ['home', 'ccus-results', { from, to }],
    queryFn: () => unwrap(api.GET('/api/v1/ccus/results', { params: { query: { date_from: from, date_to: to } } })),
  });
}

export function useReservationsPreview() {
  return useQuery({
    queryKey: ['home', 'ccus-reservations'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/ccus/reservations', { params: { query: { page: 1, limit: RESERVATION_PREVIEW } } })),
  });
}

export function useIdCheckSummary() {
  return useQuery({
    queryKey: ['home', 'ccus-id-checks'],
    queryFn: () => unwrap(api.GET('/api/v1/ccus/id-checks')),
  });
}
