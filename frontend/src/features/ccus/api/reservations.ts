import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { OutboxKind } from '../labels';

import { ccusKeys, type ReservationsQuery } from './keys';
import { invalidateCcus } from './results';

export const RESERVATIONS_PAGE_SIZE = 20;

export const reservationsQueryOptions = (query: ReservationsQuery) =>
  queryOptions({
    queryKey: ccusKeys.reservations(query),
    queryFn: () => unwrap(api.GET('/api/v1/ccus/reservations', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export function useReservations(filter: { kind?: OutboxKind; page: number }) {
  return useQuery(reservationsQueryOptions({ kind: filter.kind, page: filter.page, limit: RESERVATIONS_PAGE_SIZE }));
}

/** 連携キャンセル; refreshed on failure too, since a refused cancel means the list was stale. */
export function useCancelReservation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (outboxId: string) =>
      unwrap(api.POST('/api/v1/ccus/reservations/{outbox_id}/cancel', { params: { path: { outbox_id: outboxId } } })),
    onSettled: () => invalidateCcus(queryClient),
  });
}
