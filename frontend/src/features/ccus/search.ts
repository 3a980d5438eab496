import { z } from 'zod';

export const resultsSearchSchema = z.object({
  date_from: z.string().optional().catch(undefined),
  date_to: z.string().optional().catch(undefined),
  day: z.string().optional().catch(undefined),
  kind: z.string().optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type ResultsSearch = z.infer<typeof resultsSearchSchema>;

export const idChecksListSearchSchema = z.object({
  result: z.string().optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});

export const reservationsSearchSchema = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  kind: z.string().optional().catch(undefined),
});
