import type { paths } from '@/api/schema';

import type { IdCheckTable } from '../labels';

export type ReservationsQuery = NonNullable<paths['/api/v1/ccus/reservations']['get']['parameters']['query']>;
export type FailuresQuery = NonNullable<paths['/api/v1/ccus/results/failures']['get']['parameters']['query']>;
export type IdCheckListQuery = NonNullable<paths['/api/v1/ccus/id-checks/{table}']['get']['parameters']['query']>;

export const ccusKeys = {
  all: ['ccus'] as const,
  results: (from: string, to: string) => [...ccusKeys.all, 'results', { from, to }] as const,
  failures: (query: FailuresQuery | Record<string, unknown>) => [...ccusKeys.all, 'failures', query] as const,
  outboxEntry: (id: string) => [...ccusKeys.all, 'outbox', id] as const,
  outboxList: (query: Record<string, unknown>) => [...ccusKeys.all, 'outbox', 'list', query] as const,
  reservations: (query: ReservationsQuery) => [...ccusKeys.all, 'reservations', query] as const,
  idChecks: () => [...ccusKeys.all, 'id-checks'] as const,
  idCheckSummary: () => [...ccusKeys.idChecks(), 'summary'] as const,
  idCheckList: (table: IdCheckTable, query: IdCheckListQuery | Record<string, unknown>) =>
    [...ccusKeys.idChecks(), table, query] as const,
  remote: (table: IdCheckTable, entityId: string) => [...ccusKeys.all, 'remote', table, entityId] as const,
};
