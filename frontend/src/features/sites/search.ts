import { z } from 'zod';

const text = z.string().optional().catch(undefined);
// The router reads `?is_visible=false` as a boolean; a hand-typed "false" string is taken too.
const flag = z
  .union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')])
  .optional()
  .catch(undefined);

export const sitesSearchSchema = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  code: text,
  name: text,
  branch_id: text,
  ccus_site_id: text,
  has_ccus_id: flag,
  is_visible: flag,
  structure_mode: z.enum(['ccus', 'send']).optional().catch(undefined),
  prefecture_code: text,
  business_id: text,
  staff_user_id: text,
  active_on: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
});
export type SitesSearch = z.infer<typeof sitesSearchSchema>;

export const siteDetailSearchSchema = z.object({
  tab: z.enum(['info', 'structure', 'workers']).optional().catch(undefined),
  business_id: z.string().optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type SiteDetailSearch = z.infer<typeof siteDetailSearchSchema>;
export type SiteTab = NonNullable<SiteDetailSearch['tab']>;
