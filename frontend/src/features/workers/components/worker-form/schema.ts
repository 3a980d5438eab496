import { z } from 'zod';

import { EMAIL_FORMAT_MESSAGE } from '@/lib/email-rule';

import { date, digitsPattern, EMAIL, kana, pressure, required, text } from './field-rules';

// The form keeps what staff type (strings, '' for empty); the body sent is built from it.

export const MAX_PHONES = 3;
export const MAX_OTHER_OCCUPATIONS = 3;
export const MAX_QUALIFICATIONS = 30;

const qualificationSchema = z.object({
  name: required(100, '資格・免許名を入力してください。'),
  number: text(50),
  acquired_on: date,
  expires_on: date,
});

export function workerFormSchema(mode: 'create' | 'edit') {
  return z
    .object({
      business_id: z.string().min(1, '所属事業者を選択してください。'),
      code: mode === 'edit' ? required(32, '技能者コードを入力してください。') : text(32),
      family_name: required(50, '技能者名(姓)を入力してください。'),
      given_name: required(50, '技能者名(名)を入力してください。'),
      family_kana: kana('技能者名カナ(姓)を入力してください。'),
      given_kana: kana('技能者名カナ(名)を入力してください。'),
      alias_family: text(50),
      alias_given: text(50),
      phones: z
        .array(
          z.object({
            value: digitsPattern(
              /^0\d{10}$/,
              '携帯電話番号は0から始まる11桁の数字で入力してください(例: 09011112222)。',
            ),
          }),
        )
        .max(MAX_PHONES, `携帯電話番号は${MAX_PHONES}台までです。`),
      email: z
        .string()
        .trim()
        .refine((value) => value === '' || EMAIL.test(value), EMAIL_FORMAT_MESSAGE),
      birth_date: date.refine((value) => value !== '', '生年月日を入力してください。'),
      blood_type: z.string(),
      rh: z.string(),
      kentaikyo_member_number: digitsPattern(/^\d{1,20}$/, '建退共 被共済者番号は数字で入力してください。'),
      ccus_worker_id: digitsPattern(/^\d{14}$/, 'CCUS技能者IDは14桁の数字で入力してください。'),
      verification_number: digitsPattern(/^\d{1,16}$/, '本人確認番号は数字で入力してください。'),
      employment_type_code: z.string().min(1, '雇用区分を選択してください。'),
      primary_occupation_id: z.string().min(1, '代表職種を選択してください。'),
      occupations: z.array(z.object({ id: z.string() })).max(MAX_OTHER_OCCUPATIONS),
      position_code: z.string(),
      permission: z.string(),
      qualifications: z.array(qualificationSchema).max(MAX_QUALIFICATIONS),
      sex: z.string(),
      health_check_on: date,
      blood_pressure_high: pressure(40, 300),
      blood_pressure_low: pressure(20, 200),
      postal_code: digitsPattern(/^\d{7}$/, '郵便番号は7桁の数字で入力してください。'),
      prefecture_code: z.string(),
      address: text(200),
      hired_on: date,
      retired_on: date,
    })
    .superRefine((values, ctx) => {
      if (!values.phones.some((phone) => phone.value.trim()) && !values.email.trim()) {
        ctx.addIssue({
          code: 'custom',
          path: ['phones'],
          message: '携帯電話番号、メールアドレスのどちらかは必ず入力して下さい。',
        });
      }
      const seen = new Set([values.primary_occupation_id]);
      values.occupations.forEach((row, index) => {
        if (!row.id) return;
        if (seen.has(row.id)) {
          ctx.addIssue({ code: 'custom', path: ['occupations', index, 'id'], message: '同じ職種が重複しています。' });
        }
        seen.add(row.id);
      });
      if (values.hired_on && values.retired_on && values.retired_on < values.hired_on) {
        ctx.addIssue({ code: 'custom', path: ['retired_on'], message: '退職日は入社日以降にしてください。' });
      }
      const { blood_pressure_high: high, blood_pressure_low: low } = values;
      if (high !== '' && low !== '' && low >= high) {
        ctx.addIssue({
          code: 'custom',
          path: ['blood_pressure_low'],
          message: '最高血圧は最低血圧より大きい値にしてください。',
        });
      }
      values.qualifications.forEach((row, index) => {
        if (row.acquired_on && row.expires_on && row.expires_on < row.acquired_on) {
          ctx.addIssue({
            code: 'custom',
            path: ['qualifications', index, 'expires_on'],
            message: '有効期限は取得日以降にしてください。',
          });
        }
      });
    });
}

export type WorkerFormValues = z.infer<ReturnType<typeof workerFormSchema>>;
