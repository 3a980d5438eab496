import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { IdCheckTable } from '../labels';

import type { OutboxFilter } from './outbox-types';
import { ccusKeys } from './keys';
import { invalidateCcus } from './results';

/** States a record leaves only by someone's action; a fixed rejected/held row moves once re-checked. */
const FINAL = new Set(['succeeded', 'cancelled', 'not_applicable']);
/** How long (in refetches, 2 s apart) a fixed record is followed. */
const FOLLOW_LIMIT = 90;

export const outboxEntryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ccusKeys.outboxEntry(id),
    queryFn: () => unwrap(api.GET('/api/v1/ccus/outbox/{outbox_id}', { params: { path: { outbox_id: id } } })),
  });

/** One outbox row; `follow` keeps asking until it is accepted (re-check, re-queue, send, result). */
export function useOutboxEntry(id: string | undefined, follow = false) {
  return useQuery({
    ...outboxEntryQueryOptions(id ?? ''),
    enabled: Boolean(id),
    refetchInterval: (query) =>
      follow && query.state.data && !FINAL.has(query.state.data.status) && query.state.dataUpdateCount < FOLLOW_LIMIT
        ? 2000
        : false,
  });
}

/** 一括再送: every rejected or held row of the ids, or of the filter. */
export function useBulkResend() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[] } | { filter: OutboxFilter }) =>
      unwrap(api.POST('/api/v1/ccus/outbox/resend', { body })),
    onSettled: () => invalidateCcus(queryClient),
  });
}

/** 確認: asks CCUS about one site, business or worker now; a pass re-queues what waited on it. */
export function useCheckOne(table: IdCheckTable) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/ccus/id-checks/{table}/{entity_id}', { params: { path: { table, entity_id: id } } })),
    onSettled: () => invalidateCcus(queryClient),
  });
}

/** The reservation (送信待ち) of one site, business or worker itself, for 連携キャンセル in place. */
export function usePendingOwnSend(kind: 'site' | 'business' | 'worker', id: string) {
  const subject = kind === 'site' ? { site_id: id } : kind === 'business' ? { business_id: id } : { worker_id: id };
  const query = { ...subject, kind, status: ['pending' as const], limit: 20 };
  return useQuery({
    queryKey: ccusKeys.outboxList(query),
    queryFn: () => unwrap(api.GET('/api/v1/ccus/outbox', { params: { query } })),
    select: (page) => page.items.find((entry) => entry.entity_id === id),
  });
}

/** 現場登録: registers the site in CCUS (標準APIの利用 set) and links the returned 現場ID. */
export function useRegisterSite(siteId: string, onRegistered: () => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/sites/{site_id}/ccus/register', { params: { path: { site_id: siteId } } })),
    onSuccess: () => onRegistered(),
    onSettled: () => invalidateCcus(queryClient),
  });
}
