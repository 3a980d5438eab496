import { z } from 'zod';

import { PAGE_SIZES } from '@/components/page-size-select';

// 在籍/退職/全て: the API's RetirementFilter; left out means 在籍 (active), as the API defaults.
export const retirementStatuses = ['active', 'retired', 'all'] as const;
export type RetirementStatus = (typeof retirementStatuses)[number];

export const workersSearchSchema = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  limit: z.coerce
    .number()
    .refine((size) => PAGE_SIZES.some((allowed) => allowed === size))
    .optional()
    .catch(undefined),
  employment_type_code: z.string().optional().catch(undefined),
  business_id: z.string().optional().catch(undefined),
  code: z.string().optional().catch(undefined),
  name: z.string().optional().catch(undefined),
  ccus_worker_id: z.string().optional().catch(undefined),
  phone: z.string().optional().catch(undefined),
  site_id: z.string().optional().catch(undefined),
  status: z.enum(retirementStatuses).optional().catch(undefined),
});
export type WorkersSearch = z.infer<typeof workersSearchSchema>;

export const newWorkerSearchSchema = z.object({
  business_id: z.string().optional().catch(undefined),
});
