import { z } from 'zod';

import type { Business, BusinessCreate, BusinessUpdate } from '../api/businesses';

const DIGITS = /^[0-9０-９]+$/;
const PHONE = /^[0-9０-９\-－ー()（） ]+$/;

const optional = (schema: z.ZodType<string, string>) => z.union([z.literal(''), schema]);

const code = z.string().trim().max(32, '32文字以内で入力してください。');

/** On edit the code stays required: a saved business always has one. */
export const businessSchema = (isEdit: boolean) =>
  z
    .object({
      branch_ids: z.array(z.string()).min(1, '所属支店を1つ以上選択してください。'),
      code: isEdit ? code.min(1, '事業者コードを入力してください。') : code,
      name: z.string().trim().min(1, '事業者名を入力してください。').max(200, '200文字以内で入力してください。'),
      name_kana: z
        .string()
        .trim()
        .min(1, '事業者名(カナ)を入力してください。')
        .max(200, '200文字以内で入力してください。'),
      phone: z
        .string()
        .trim()
        .min(1, '代表電話番号を入力してください。')
        .regex(PHONE, '電話番号は数字で入力してください。'),
      email: optional(z.email('メールアドレスの形式が正しくありません。')),
      postal_code: optional(
        z
          .string()
          .trim()
          .regex(/^[0-9０-９]{3}[-－]?[0-9０-９]{4}$/, '郵便番号は7桁の数字で入力してください。'),
      ),
      prefecture_code: z.string(),
      address: z.string().trim().max(200, '200文字以内で入力してください。'),
      fax: optional(z.string().trim().regex(PHONE, 'FAX番号は数字で入力してください。')),
      representative_name: z.string().trim().max(100, '100文字以内で入力してください。'),
      office_name: z.string().trim().max(200, '200文字以内で入力してください。'),
      kentaikyo_contract_number: optional(z.string().trim().regex(DIGITS, '半角数字で入力してください。')),
      ccus_business_id: optional(
        z
          .string()
          .trim()
          .regex(/^[0-9０-９]{14}$/, 'CCUS事業者IDは14桁の数字で入力してください。'),
      ),
      verification_number: optional(z.string().trim().regex(DIGITS, '本人確認番号は数字で入力してください。')),
      is_own_company: z.boolean(),
    })
    .superRefine((values, ctx) => {
      // The seed: a business outside CCUS must name its representative.
      if (!values.ccus_business_id.trim() && !values.representative_name.trim()) {
        ctx.addIssue({
          code: 'custom',
          path: ['representative_name'],
          message: 'CCUS事業者IDがない場合は代表者名を入力してください。',
        });
      }
    });

export type BusinessValues = z.infer<ReturnType<typeof businessSchema>>;

export const BUSINESS_FIELDS = [
  'branch_ids',
  'code',
  'name',
  'name_kana',
  'phone',
  'email',
  'postal_code',
  'prefecture_code',
  'address',
  'fax',
  'representative_name',
  'office_name',
  'kentaikyo_contract_number',
  'ccus_business_id',
  'verification_number',
  'is_own_company',
] as const satisfies readonly (keyof BusinessValues)[];

type TextField = Exclude<keyof BusinessValues, 'branch_ids' | 'is_own_company'>;

export const EMPTY_BUSINESS: BusinessValues = {
  branch_ids: [],
  code: '',
  name: '',
  name_kana: '',
  phone: '',
  email: '',
  postal_code: '',
  prefecture_code: '',
  address: '',
  fax: '',
  representative_name: '',
  office_name: '',
  kentaikyo_contract_number: '',
  ccus_business_id: '',
  verification_number: '',
  is_own_company: false,
};

/** The form's values for a saved business; 本人確認番号 starts empty (the API only sends a mask). */
export function valuesFromBusiness(business: Business): BusinessValues {
  return {
    branch_ids: [...business.branch_ids],
    code: business.code,
    name: business.name,
    name_kana: business.name_kana,
    phone: business.phone,
    email: business.email ?? '',
    postal_code: business.postal_code ?? '',
    prefecture_code: business.prefecture_code ?? '',
    address: business.address ?? '',
    fax: business.fax ?? '',
    representative_name: business.representative_name ?? '',
    office_name: business.office_name ?? '',
    kentaikyo_contract_number: business.kentaikyo_contract_number ?? '',
    ccus_business_id: business.ccus_business_id ?? '',
    verification_number: '',
    is_own_company: business.is_own_company,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function toCreateBody(values: BusinessValues): BusinessCreate {
  return {
    branch_ids: values.branch_ids,
    code: orNull(values.code),
    name: values.name.trim(),
    name_kana: values.name_kana.trim(),
    phone: values.phone.trim(),
    email: orNull(values.email),
    postal_code: orNull(values.postal_code),
    prefecture_code: orNull(values.prefecture_code),
    address: orNull(values.address),
    fax: orNull(values.fax),
    representative_name: orNull(values.representative_name),
    office_name: orNull(values.office_name),
    kentaikyo_contract_number: orNull(values.kentaikyo_contract_number),
    ccus_business_id: orNull(values.ccus_business_id),
    verification_number: orNull(values.verification_number),
    is_own_company: values.is_own_company,
  };
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Only what changed, so a save never overwrites someone else's edit of another field.
 * An emptied optional field is sent as null (cleared); an empty 本人確認番号 keeps the stored one.
 */
export function toUpdateBody(initial: BusinessValues, values: BusinessValues): BusinessUpdate {
  const body: BusinessUpdate = {};
  if (!sameIds(initial.branch_ids, values.branch_ids)) body.branch_ids = values.branch_ids;
  if (initial.is_own_company !== values.is_own_company) body.is_own_company = values.is_own_company;
  const texts: TextField[] = [
    'code',
    'name',
    'name_kana',
    'phone',
    'email',
    'postal_code',
    'prefecture_code',
    'address',
    'fax',
    'representative_name',
    'office_name',
    'kentaikyo_contract_number',
    'ccus_business_id',
  ];
  // These cannot be cleared: a blank one is sent as it is, and the API names the field.
  const required = new Set<TextField>(['code', 'name', 'name_kana', 'phone']);
  const changedTexts = body as Record<TextField, string | null>;
  for (const field of texts) {
    if (initial[field].trim() === values[field].trim()) continue;
    changedTexts[field] = required.has(field) ? values[field].trim() : orNull(values[field]);
  }
  if (values.verification_number.trim() !== '') body.verification_number = values.verification_number.trim();
  return body;
}
