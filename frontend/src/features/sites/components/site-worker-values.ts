import { z } from 'zod';

import type { SiteWorker } from '../api/site-workers';

/** 保険加入状況 of a site worker as the seed lists it; 建退共 belongs to the business. */
export const WORKER_INSURANCE_KINDS = [
  ['health', '健康保険'],
  ['pension', '年金保険'],
  ['employment', '雇用保険'],
] as const;

export const workerInsuranceSchema = z.object({
  health: z.string().nullable(),
  pension: z.string().nullable(),
  employment: z.string().nullable(),
});

export const siteWorkerSchema = z.object({
  occupation_id: z
    .string()
    .nullable()
    .refine((v): boolean => v !== null, '職種を選択してください。'),
  position_code: z.string().nullable(),
  is_spot: z.boolean(),
  insurance: workerInsuranceSchema,
  special_accident_insurance: z.boolean(),
});
export type SiteWorkerValues = z.infer<typeof siteWorkerSchema>;
export const SITE_WORKER_FIELDS = [
  'occupation_id',
  'position_code',
  'is_spot',
  'insurance',
  'special_accident_insurance',
] as const;

export const siteWorkerValues = (row: SiteWorker): SiteWorkerValues => ({
  occupation_id: row.occupation_id,
  position_code: row.position_code,
  is_spot: row.is_spot,
  insurance: {
    health: row.insurance.health ?? null,
    pension: row.insurance.pension ?? null,
    employment: row.insurance.employment ?? null,
  },
  special_accident_insurance: row.special_accident_insurance,
});
