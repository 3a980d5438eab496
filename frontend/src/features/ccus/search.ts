import { z } from 'zod';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);
const page = z.coerce.number().int().min(1).optional().catch(undefined);
const kind = z.enum(['site', 'business', 'worker', 'structure', 'work_day']).optional().catch(undefined);

const id = z.string().uuid().optional().catch(undefined);
const text = z.string().trim().max(40).optional().catch(undefined);

export const resultsSearchSchema = z.object({
  date_from: date,
  date_to: date,
  day: date,
  kind,
  page,
  // 連携エラー一覧: open without a day, narrowed by whose the rows are, the code and 入退場日.
  failures: z.literal(1).optional().catch(undefined),
  site_id: id,
  business_id: id,
  worker_id: id,
  branch_id: id,
  code: text,
  work_from: date,
  work_to: date,
  // The record a fix page just saved, to show its new state.
  fixed: id,
});
export type ResultsSearch = z.infer<typeof resultsSearchSchema>;

// The seed's filters: 事業者 (workers), CCUSID, 期間 (checked at), 結果. `invalid` is the older
// name of `failed`, kept for links already shared.
export const idChecksListSearchSchema = z.object({
  result: z.enum(['ok', 'failed', 'unchecked', 'invalid']).optional().catch(undefined),
  business_id: z.string().uuid().optional().catch(undefined),
  ccus_id: z.string().trim().max(20).optional().catch(undefined),
  date_from: date,
  date_to: date,
  page,
});
export type IdChecksListSearch = z.infer<typeof idChecksListSearchSchema>;

export const reservationsSearchSchema = z.object({
  page,
  kind,
});
export type ReservationsSearch = z.infer<typeof reservationsSearchSchema>;

/** A fix link's context on an edit page: the outbox row to fix and the list to return to. */
export const fixSearchSchema = z.object({
  fix: z.string().uuid().optional().catch(undefined),
  return: z.string().optional().catch(undefined),
});
export type FixSearch = z.infer<typeof fixSearchSchema>;
