import { z } from 'zod';

import type { Occupation } from '../api/masters';
import type { OccupationSave } from '../api/occupations';

const code = z.string().trim().min(1, 'コードを入力してください。').max(4, '4文字以内で入力してください。');
const name = z.string().trim().min(1, '名称を入力してください。').max(50, '50文字以内で入力してください。');

export const occupationSchema = z.object({
  major_code: code,
  major_name: name,
  minor_code: code,
  minor_name: name,
  evaluable: z.enum(['yes', 'no', 'unknown']),
  is_active: z.boolean(),
});
export type OccupationValues = z.infer<typeof occupationSchema>;
export const OCCUPATION_FIELDS = [
  'major_code',
  'major_name',
  'minor_code',
  'minor_name',
  'evaluable',
  'is_active',
] as const;

const EVALUABLE = { yes: true, no: false, unknown: null } as const;

export function occupationDefaults(occupation?: Occupation): OccupationValues {
  const evaluable = occupation?.evaluable;
  return {
    major_code: occupation?.major_code ?? '',
    major_name: occupation?.major_name ?? '',
    minor_code: occupation?.minor_code ?? '',
    minor_name: occupation?.minor_name ?? '',
    evaluable: evaluable === true ? 'yes' : evaluable === false ? 'no' : 'unknown',
    is_active: occupation?.is_active ?? true,
  };
}

/** A new 職種 sends its codes; a change sends names, 能力評価 and 使用中 (codes stay). */
export function occupationSave(values: OccupationValues, id?: string): OccupationSave {
  const evaluable = EVALUABLE[values.evaluable];
  const names = { major_name: values.major_name, minor_name: values.minor_name, evaluable };
  return id
    ? { kind: 'update', id, body: { ...names, is_active: values.is_active } }
    : { kind: 'create', body: { ...names, major_code: values.major_code, minor_code: values.minor_code } };
}
