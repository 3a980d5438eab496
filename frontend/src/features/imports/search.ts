import { z } from 'zod';

export const importsSearchSchema = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  kind: z.enum(['businesses', 'workers']).optional().catch(undefined),
});
