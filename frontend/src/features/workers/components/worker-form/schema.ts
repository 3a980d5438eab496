import { z } from 'zod';

import type { Worker, WorkerCreate, WorkerUpdate } from '../../api/workers';

// The form keeps what staff type (strings, '' for empty); the body sent is built from it.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const KANA = /^[\u30A1-\u30FA\u30FC\u30FB A-Za-z0-9().,&'-]+$/;

/** Hyphens, spaces and brackets are formatting, and full-width digits count (as the API reads them). */
export const digitsOnly = (value: string) => value.normalize('NFKC').replace(/[\s\-‐‑‒–—―ー－()（）〒]/g, '');
const toKatakana = (value: string) =>
  value
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));

const tooLong = (max: number) => `${max}文字以内で入力してください。`;
const text = (max: number) => z.string().trim().max(max, tooLong(max));
const required = (max: number, message: string) => z.string().trim().min(1, message).max(max, tooLong(max));
const kana = (message: string) =>
  required(100, message).refine((value) => KANA.test(toKatakana(value)), 'カタカナで入力してください。');
const date = z.string().refine((value) => value === '' || DATE.test(value), '日付の形式が正しくありません。');
const pressure = (min: number, max: number) =>
  z.union([
    z.literal(''),
    z
      .number({ error: '数値で入力してください。' })
      .int('整数で入力してください。')
      .min(min, `${min}以上で入力してください。`)
      .max(max, `${max}以下で入力してください。`),
  ]);
const digitsPattern = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || pattern.test(digitsOnly(value)), message);

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
        .refine((value) => value === '' || EMAIL.test(value), 'メールアドレスの形式が正しくありません。'),
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

export function emptyWorkerValues(businessId = ''): WorkerFormValues {
  return {
    business_id: businessId,
    code: '',
    family_name: '',
    given_name: '',
    family_kana: '',
    given_kana: '',
    alias_family: '',
    alias_given: '',
    phones: [{ value: '' }],
    email: '',
    birth_date: '',
    blood_type: '',
    rh: '',
    kentaikyo_member_number: '',
    ccus_worker_id: '',
    verification_number: '',
    employment_type_code: '',
    primary_occupation_id: '',
    occupations: [],
    position_code: '',
    permission: '',
    qualifications: [],
    sex: '',
    health_check_on: '',
    blood_pressure_high: '',
    blood_pressure_low: '',
    postal_code: '',
    prefecture_code: '',
    address: '',
    hired_on: '',
    retired_on: '',
  };
}

/** The form as it opens for an existing worker; 本人確認番号 starts empty (it is write-only). */
export function workerToValues(worker: Worker): WorkerFormValues {
  return {
    business_id: worker.business.id,
    code: worker.code,
    family_name: worker.family_name,
    given_name: worker.given_name,
    family_kana: worker.family_kana,
    given_kana: worker.given_kana,
    alias_family: worker.alias_family ?? '',
    alias_given: worker.alias_given ?? '',
    phones: worker.phones.map((value) => ({ value })),
    email: worker.email ?? '',
    birth_date: worker.birth_date,
    blood_type: worker.blood_type ?? '',
    rh: worker.rh ?? '',
    kentaikyo_member_number: worker.kentaikyo_member_number ?? '',
    ccus_worker_id: worker.ccus_worker_id ?? '',
    verification_number: '',
    employment_type_code: worker.employment_type_code,
    primary_occupation_id: worker.primary_occupation.id,
    occupations: worker.occupation_ids.map((id) => ({ id })),
    position_code: worker.position_code ?? '',
    permission: worker.permission ?? '',
    qualifications: worker.qualifications.map((q) => ({
      name: q.name,
      number: q.number ?? '',
      acquired_on: q.acquired_on ?? '',
      expires_on: q.expires_on ?? '',
    })),
    sex: worker.sex ?? '',
    health_check_on: worker.health_check_on ?? '',
    blood_pressure_high: worker.blood_pressure_high ?? '',
    blood_pressure_low: worker.blood_pressure_low ?? '',
    postal_code: worker.postal_code ?? '',
    prefecture_code: worker.prefecture_code ?? '',
    address: worker.address ?? '',
    hired_on: worker.hired_on ?? '',
    retired_on: worker.retired_on ?? '',
  };
}

/** Which form row each sent array item came from (empty rows are not sent). */
export type RowIndex = { phones: number[]; occupation_ids: number[] };

type Fields = Omit<WorkerCreate, 'business_id'>;

const orNull = (value: string) => (value.trim() ? value.trim() : null);
const digitsOrNull = (value: string) => (value.trim() ? digitsOnly(value) : null);

function toFields(values: WorkerFormValues): { fields: Fields; rows: RowIndex } {
  const phones = values.phones
    .map((row, index) => ({ value: digitsOnly(row.value), index }))
    .filter((row) => row.value);
  const occupations = values.occupations.map((row, index) => ({ id: row.id, index })).filter((row) => row.id);
  const fields: Fields = {
    code: orNull(values.code),
    family_name: values.family_name.trim(),
    given_name: values.given_name.trim(),
    family_kana: values.family_kana.trim(),
    given_kana: values.given_kana.trim(),
    alias_family: orNull(values.alias_family),
    alias_given: orNull(values.alias_given),
    phones: phones.map((row) => row.value),
    email: orNull(values.email),
    birth_date: values.birth_date,
    blood_type: (orNull(values.blood_type) as Fields['blood_type']) ?? null,
    rh: (orNull(values.rh) as Fields['rh']) ?? null,
    kentaikyo_member_number: digitsOrNull(values.kentaikyo_member_number),
    ccus_worker_id: digitsOrNull(values.ccus_worker_id),
    verification_number: digitsOrNull(values.verification_number),
    employment_type_code: values.employment_type_code,
    primary_occupation_id: values.primary_occupation_id,
    occupation_ids: occupations.map((row) => row.id),
    position_code: orNull(values.position_code),
    permission: (orNull(values.permission) as Fields['permission']) ?? null,
    qualifications: values.qualifications.map((q) => ({
      name: q.name.trim(),
      number: orNull(q.number),
      acquired_on: orNull(q.acquired_on),
      expires_on: orNull(q.expires_on),
    })),
    sex: (orNull(values.sex) as Fields['sex']) ?? null,
    health_check_on: orNull(values.health_check_on),
    blood_pressure_high: values.blood_pressure_high === '' ? null : values.blood_pressure_high,
    blood_pressure_low: values.blood_pressure_low === '' ? null : values.blood_pressure_low,
    postal_code: digitsOrNull(values.postal_code),
    prefecture_code: orNull(values.prefecture_code),
    address: orNull(values.address),
    hired_on: orNull(values.hired_on),
    retired_on: orNull(values.retired_on),
  };
  return {
    fields,
    rows: { phones: phones.map((row) => row.index), occupation_ids: occupations.map((row) => row.index) },
  };
}

export function toCreateBody(values: WorkerFormValues): { body: WorkerCreate; rows: RowIndex } {
  const { fields, rows } = toFields(values);
  return { body: { ...fields, business_id: values.business_id }, rows };
}

/** Only the fields that differ from what the form opened with; an empty 本人確認番号 keeps the stored one. */
export function toUpdateBody(
  values: WorkerFormValues,
  initial: WorkerFormValues,
): { body: WorkerUpdate; rows: RowIndex } {
  const { fields, rows } = toFields(values);
  const { fields: before } = toFields(initial);
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(fields) as (keyof Fields)[]) {
    if (key === 'verification_number' && fields[key] === null) continue;
    if (JSON.stringify(fields[key]) !== JSON.stringify(before[key])) body[key] = fields[key];
  }
  return { body: body, rows };
}

/** The body fields the API may name in a field error, for applyProblemToForm. */
export const BODY_FIELDS = [
  ...Object.keys(emptyWorkerValues()).filter((key) => key !== 'occupations'),
  'occupation_ids',
];

/** A field error's path in the body ("phones.1") as the form's field ("phones.1.value"). */
export function formPath(path: string, rows: RowIndex): string {
  const [root, index, ...rest] = path.split('.');
  const position = index === undefined ? undefined : Number(index);
  if (root === 'phones') {
    return position === undefined ? 'phones.root' : `phones.${rows.phones[position] ?? position}.value`;
  }
  if (root === 'occupation_ids') {
    return position === undefined ? 'occupations.root' : `occupations.${rows.occupation_ids[position] ?? position}.id`;
  }
  if (root === 'qualifications') {
    if (position === undefined) return 'qualifications.root';
    return rest.length ? path : `qualifications.${position}.name`;
  }
  return path;
}

export const rowIndex = (values: WorkerFormValues): RowIndex => toFields(values).rows;
