import { z } from 'zod';

export const siteWorkerSchema = z.object({
  occupation_id: z
    .string()
    .nullable()
    .refine((v): boolean => v !== null, '職種を選択してください。'),
  position_code: z.string().nullable(),
  is_spot: z.boolean(),
});
export type SiteWorkerValues = z.infer<typeof siteWorkerSchema>;
export const SITE_WORKER_FIELDS = ['occupation_id', 'position_code', 'is_spot'] as const;
