import { z } from 'zod';

/** Lists whose only URL state is the page number. */
export const pageSearchSchema = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
