import { z } from 'zod';

import { workerInsuranceSchema } from './site-worker-values';

/** 技能者追加: a worker of a business on the structure; 職種 and 立場 start as the worker's own. */
export const siteWorkerAddSchema = z.object({
  business_id: z
    .string()
    .nullable()
    .refine((v): boolean => v !== null, '事業者を選択してください。'),
  worker_id: z
    .string()
    .nullable()
    .refine((v): boolean => v !== null, '技能者を選択してください。'),
  is_spot: z.boolean(),
  insurance: workerInsuranceSchema,
  special_accident_insurance: z.boolean(),
});
export type SiteWorkerAddValues = z.infer<typeof siteWorkerAddSchema>;
export const SITE_WORKER_ADD_FIELDS = ['worker_id', 'is_spot', 'insurance', 'special_accident_insurance'] as const;
