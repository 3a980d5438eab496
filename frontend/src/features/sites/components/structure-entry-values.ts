import { z } from 'zod';

import { USAGE_VALUES, usageFlag } from './usage';

export const INSURANCE_KINDS = [
  ['health', '健康保険'],
  ['pension', '年金保険'],
  ['employment', '雇用保険'],
  ['kentaikyo', '建退共'],
] as const;

export const structureEntrySchema = z.object({
  consent: z.enum(['unanswered', 'agreed', 'refused']),
  insurance: z.object({
    health: z.string().nullable(),
    pension: z.string().nullable(),
    employment: z.string().nullable(),
    kentaikyo: z.string().nullable(),
  }),
  permit_number: z.string().trim().max(30, '30文字以内で入力してください。'),
  display_order: z.number().int().min(0, '0以上で入力してください。').max(10000, '10000以下で入力してください。'),
  legal_welfare: z.enum(USAGE_VALUES),
  workers_comp: z.enum(USAGE_VALUES),
});
export type StructureEntryValues = z.infer<typeof structureEntrySchema>;
export const ENTRY_FIELDS = [
  'consent',
  'insurance',
  'permit_number',
  'display_order',
  'legal_welfare',
  'workers_comp',
] as const;

export const entryBody = (values: StructureEntryValues) => ({
  consent: values.consent,
  insurance: values.insurance,
  permit_number: values.permit_number.trim() || null,
  display_order: values.display_order,
  legal_welfare: usageFlag(values.legal_welfare),
  workers_comp: usageFlag(values.workers_comp),
});
