import { z } from 'zod';

import { EMAIL_FORMAT_MESSAGE } from '@/lib/email-rule';

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
      email: optional(z.email(EMAIL_FORMAT_MESSAGE)),
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
