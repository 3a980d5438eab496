import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import type { OutboxKind } from '../labels';

import type { OutboxFilter } from './outbox-types';
import { ccusKeys } from './keys';

export type ResultDay = components['schemas']['ResultDay'];
export type { OutboxEntry } from './outbox-types';

export const FAILURES_PAGE_SIZE = 20;

export const resultsQueryOptions = (from: string, to: string) =>
  queryOptions({
    queryKey: ccusKeys.results(from, to),
    queryFn: () => unwrap(api.GET('/api/v1/ccus/results', { params: { query: { date_from: from, date_to: to } } })),
  });

export function useResults(from: string, to: string) {
  return useQuery(resultsQueryOptions(from, to));
}

type Defined<T> = { [K in keyof T]?: Exclude<T[K], null> };
export type FailureFilter = Defined<OutboxFilter> & { day?: string; kind?: OutboxKind; page: number };

/** 連携エラー一覧: rejected and held rows, narrowed by whose they are, the code and the dates. */
export function useFailures(filter: FailureFilter, enabled: boolean) {
  const query = { ...filter, limit: FAILURES_PAGE_SIZE };
  return useQuery({
    queryKey: ccusKeys.failures(query),
    queryFn: () => unwrap(api.GET('/api/v1/ccus/results/failures', { params: { query } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Every CCUS list: results, failures, reservations, ID checks, CCUS取得. */
export const invalidateCcus = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: ccusKeys.all });

/** 再送: the entity's current state goes out at once; every CCUS list may change. */
export function useResend() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (outboxId: string) =>
      unwrap(api.POST('/api/v1/ccus/outbox/{outbox_id}/resend', { params: { path: { outbox_id: outboxId } } })),
    onSettled: () => invalidateCcus(queryClient),
  });
}
