import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import type { IdCheckTable } from '../labels';

import { ccusKeys } from './keys';

export type IdCheckSummary = components['schemas']['IdCheckSummary'];
export type IdCheckEntry = components['schemas']['IdCheckEntry'];

export const ID_CHECKS_PAGE_SIZE = 20;
/** How often the counts are asked for while まとめて確認 runs. */
export const ID_CHECK_POLL_MS = 1500;

export const idCheckSummaryQueryOptions = () =>
  queryOptions({
    queryKey: ccusKeys.idCheckSummary(),
    queryFn: () => unwrap(api.GET('/api/v1/ccus/id-checks')),
  });

export function useIdCheckSummary(polling: boolean) {
  return useQuery({ ...idCheckSummaryQueryOptions(), refetchInterval: polling ? ID_CHECK_POLL_MS : false });
}

export type IdCheckFilter = {
  result?: 'ok' | 'failed' | 'unchecked';
  business_id?: string;
  ccus_id?: string;
  date_from?: string;
  date_to?: string;
};

export function useIdCheckList(table: IdCheckTable, filter: IdCheckFilter & { page: number }) {
  const query = { ...filter, limit: ID_CHECKS_PAGE_SIZE };
  return useQuery({
    queryKey: ccusKeys.idCheckList(table, query),
    queryFn: () => unwrap(api.GET('/api/v1/ccus/id-checks/{table}', { params: { path: { table }, query } })),
    placeholderData: keepPreviousData,
  });
}

/** まとめて確認: runs as a job on the server; the summary's `remaining` shows its progress. */
export function useStartIdChecks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/ccus/id-checks')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ccusKeys.idChecks() }),
  });
}

/** Checked and still-to-check IDs over every table, for the progress bar. */
export function idCheckProgress(summary: IdCheckSummary): { checked: number; remaining: number } {
  let checked = 0;
  let remaining = 0;
  for (const counts of Object.values(summary.overall)) checked += counts.succeeded + counts.failed;
  for (const count of Object.values(summary.remaining)) remaining += count;
  return { checked, remaining };
}
