import { z } from 'zod';

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
