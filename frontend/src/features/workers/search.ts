import { z } from 'zod';

export const workersSearchSchema = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  business_id: z.string().optional().catch(undefined),
  code: z.string().optional().catch(undefined),
  name: z.string().optional().catch(undefined),
  ccus_worker_id: z.string().optional().catch(undefined),
  site_id: z.string().optional().catch(undefined),
  include_retired: z.enum(['true', 'false']).optional().catch(undefined),
});
export type WorkersSearch = z.infer<typeof workersSearchSchema>;

export const newWorkerSearchSchema = z.object({
  business_id: z.string().optional().catch(undefined),
});
