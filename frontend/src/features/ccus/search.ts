import { z } from 'zod';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);
const page = z.coerce.number().int().min(1).optional().catch(undefined);
const kind = z.enum(['site', 'business', 'worker', 'structure', 'work_day']).optional().catch(undefined);

export const resultsSearchSchema = z.object({
  date_from: date,
  date_to: date,
  day: date,
  kind,
  page,
});
export type ResultsSearch = z.infer<typeof resultsSearchSchema>;

export const idChecksListSearchSchema = z.object({
  result: z.enum(['invalid']).optional().catch(undefined),
  page,
});
export type IdChecksListSearch = z.infer<typeof idChecksListSearchSchema>;

export const reservationsSearchSchema = z.object({
  page,
  kind,
});
export type ReservationsSearch = z.infer<typeof reservationsSearchSchema>;
