import type { components } from '@/api/schema';

type ImportJob = components['schemas']['ImportJob'];

export const JOB_ID = '33333333-3333-4333-8333-333333333333';

export function aJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: JOB_ID,
    created_at: '2026-02-01T00:00:00Z',
    updated_at: '2026-02-01T00:00:00Z',
    kind: 'businesses',
    mode: 'all_or_nothing',
    status: 'queued',
    file_name: '事業者.xlsx',
    rows_total: 0,
    rows_done: 0,
    rows_imported: 0,
    error_code: null,
    error_detail: null,
    row_errors: [],
    started_at: null,
    finished_at: null,
    progress: 0,
    ...overrides,
  };
}
