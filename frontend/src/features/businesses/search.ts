import { z } from 'zod';

export const businessesSearchSchema = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  code: z.string().optional().catch(undefined),
  name: z.string().optional().catch(undefined),
  ccus_business_id: z.string().optional().catch(undefined),
  phone: z.string().optional().catch(undefined),
  branch_id: z.string().optional().catch(undefined),
  site_id: z.string().optional().catch(undefined),
  has_ccus_id: z.enum(['true', 'false']).optional().catch(undefined),
});
export type BusinessesSearch = z.infer<typeof businessesSearchSchema>;
