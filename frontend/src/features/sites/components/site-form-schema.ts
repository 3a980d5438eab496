import { z } from 'zod';

import type { Site, SiteCreate, SiteUpdate } from '../api/sites';

// Staff type full-width digits and hyphens; the API keeps digits only, so check the digits.
const digitsOf = (text: string) =>
  text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');

const optionalDigits = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .refine((text) => text === '' || pattern.test(digitsOf(text)), message);

const KENTAIKYO_CODE = /^[A-Za-z0-9_-]+$/;

export const siteFormSchema = z
  .object({
    branch_id: z.string().min(1, '支店を選択してください。'),
    ccus_site_id: optionalDigits(/^\d{14}$/, 'CCUS現場IDは14桁の数字で入力してください。'),
    code: z.string().trim().min(1, '現場コードを入力してください。').max(32, '32文字以内で入力してください。'),
    name: z.string().trim().min(1, '現場名を入力してください。').max(200, '200文字以内で入力してください。'),
    phone: optionalDigits(/^0\d{9,10}$/, '電話番号は0から始まる10桁または11桁の数字で入力してください。'),
    postal_code: optionalDigits(/^\d{7}$/, '郵便番号は7桁の数字で入力してください。'),
    prefecture_code: z.string().nullable(),
    city: z.string().trim().min(1, '市区町村を入力してください。').max(100, '100文字以内で入力してください。'),
    city_kana: z.string().trim().max(100, '100文字以内で入力してください。'),
    address: z.string().trim().max(200, '200文字以内で入力してください。'),
    period_start: z.string().nullable(),
    period_end: z.string().nullable(),
    work_location_memo: z.boolean(),
    work_locations: z.array(
      z.object({
        name: z.string().trim().min(1, '作業場所を入力してください。').max(50, '50文字以内で入力してください。'),
      }),
    ),
    structure_mode: z.enum(['ccus', 'send']),
    is_visible: z.boolean(),
    face_recognition: z.boolean(),
    uses_kentaikyo: z.boolean(),
    uses_legal_welfare: z.boolean(),
    uses_workers_comp: z.boolean(),
  })
  .superRefine((values, ctx) => {
    if (values.uses_kentaikyo && values.code && !KENTAIKYO_CODE.test(values.code)) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: '建退共を利用する現場の現場コードは半角英数字と「-」「_」のみで入力してください。',
      });
    }
    if (values.period_start && values.period_end && values.period_end < values.period_start) {
      ctx.addIssue({ code: 'custom', path: ['period_end'], message: '終了日は開始日以降にしてください。' });
    }
    const seen = new Set<string>();
    values.work_locations.forEach((location, index) => {
      const name = location.name.trim();
      if (name && seen.has(name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['work_locations', index, 'name'],
          message: '作業場所が重複しています。',
        });
      }
      seen.add(name);
    });
  });

export type SiteFormValues = z.infer<typeof siteFormSchema>;

/** Fields the API's errors may name; anything else goes to the alert at the top. */
export const SITE_FIELDS = [
  'branch_id',
  'ccus_site_id',
  'code',
  'name',
  'phone',
  'postal_code',
  'prefecture_code',
  'city',
  'city_kana',
  'address',
  'period_start',
  'period_end',
  'work_location_memo',
  'work_locations',
  'structure_mode',
  'is_visible',
  'face_recognition',
  'uses_kentaikyo',
  'uses_legal_welfare',
  'uses_workers_comp',
] as const;

export const EMPTY_SITE: SiteFormValues = {
  branch_id: '',
  ccus_site_id: '',
  code: '',
  name: '',
  phone: '',
  postal_code: '',
  prefecture_code: null,
  city: '',
  city_kana: '',
  address: '',
  period_start: null,
  period_end: null,
  work_location_memo: false,
  work_locations: [],
  // The recommended mode: this system builds the structure from attendance and sends it.
  structure_mode: 'send',
  is_visible: true,
  face_recognition: false,
  uses_kentaikyo: false,
  uses_legal_welfare: false,
  uses_workers_comp: false,
};

export function siteToFormValues(site: Site): SiteFormValues {
  return {
    branch_id: site.branch_id,
    ccus_site_id: site.ccus_site_id ?? '',
    code: site.code,
    name: site.name,
    phone: site.phone ?? '',
    postal_code: site.postal_code ?? '',
    prefecture_code: site.prefecture_code,
    city: site.city,
    city_kana: site.city_kana ?? '',
    address: site.address ?? '',
    period_start: site.period_start,
    period_end: site.period_end,
    work_location_memo: site.work_location_memo,
    work_locations: site.work_locations.map((name) => ({ name })),
    structure_mode: site.structure_mode,
    is_visible: site.is_visible,
    face_recognition: site.face_recognition,
    uses_kentaikyo: site.uses_kentaikyo,
    uses_legal_welfare: site.uses_legal_welfare,
    uses_workers_comp: site.uses_workers_comp,
  };
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function formValuesToBody(values: SiteFormValues): SiteCreate {
  return {
    branch_id: values.branch_id,
    ccus_site_id: blankToNull(values.ccus_site_id),
    code: values.code.trim(),
    name: values.name.trim(),
    phone: blankToNull(values.phone),
    postal_code: blankToNull(values.postal_code),
    prefecture_code: values.prefecture_code,
    city: values.city.trim(),
    city_kana: blankToNull(values.city_kana),
    address: blankToNull(values.address),
    period_start: values.period_start,
    period_end: values.period_end,
    work_location_memo: values.work_location_memo,
    work_locations: values.work_locations.map((location) => location.name.trim()),
    structure_mode: values.structure_mode,
    is_visible: values.is_visible,
    face_recognition: values.face_recognition,
    uses_kentaikyo: values.uses_kentaikyo,
    uses_legal_welfare: values.uses_legal_welfare,
    uses_workers_comp: values.uses_workers_comp,
  };
}

/** Only what differs from `before`, so an edit does not resend (and re-queue for CCUS) untouched fields. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = after[key];
  }
  return changes;
}

export function siteChanges(site: Site, values: SiteFormValues): SiteUpdate {
  return changedFields(formValuesToBody(siteToFormValues(site)), formValuesToBody(values));
}
