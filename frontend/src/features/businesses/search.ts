import { z } from 'zod';

// The router reads `?phone=0312` as text but `?ccus_business_id=12345678901234` as a number and
// `?has_ccus_id=true` as a boolean (JSON search values); accept both forms.
const text = z
  .union([z.string(), z.number().transform(String)])
  .optional()
  .catch(undefined);

export const businessesSearchSchema = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  code: text,
  name: text,
  ccus_business_id: text,
  phone: text,
  branch_id: z.string().optional().catch(undefined),
  site_id: z.string().optional().catch(undefined),
  has_ccus_id: z.boolean().optional().catch(undefined),
});
export type BusinessesSearch = z.infer<typeof businessesSearchSchema>;
