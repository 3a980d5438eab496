import { z } from 'zod';

export const sitesSearchSchema = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  code: z.string().optional().catch(undefined),
  name: z.string().optional().catch(undefined),
  branch_id: z.string().optional().catch(undefined),
});
export type SitesSearch = z.infer<typeof sitesSearchSchema>;

export const siteDetailSearchSchema = z.object({
  tab: z.enum(['info', 'structure', 'workers']).optional().catch(undefined),
  business_id: z.string().optional().catch(undefined),
});
export type SiteDetailSearch = z.infer<typeof siteDetailSearchSchema>;
