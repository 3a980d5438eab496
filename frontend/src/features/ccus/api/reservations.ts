import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { OutboxKind } from '../labels';

export const RESERVATIONS_PAGE_SIZE = 20;

export function useReservations(filter: { kind?: OutboxKind; page: number }) {
  return useQuery({
    queryKey: ['ccus', 'reservations', filter],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/ccus/reservations', {
          params: { query: { kind: filter.kind, page: filter.page, limit: RESERVATIONS_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** 連携キャンセル; refreshed on failure too, since a refused cancel means the list was stale. */
export function useCancelReservation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (outboxId: string) =>
      unwrap(api.POST('/api/v1/ccus/reservations/{outbox_id}/cancel', { params: { path: { outbox_id: outboxId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['ccus'] }),
  });
}
