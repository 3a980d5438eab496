import { z } from 'zod';

import { todayInJapan } from '@/lib/format';

import { datesBetween } from './times';

export const MAX_BULK_DAYS = 31;
export const MAX_BULK_ROWS = 200;

const time = z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/, '時刻を入力してください。');

export const bulkRowSchema = z.object({
  business_id: z.string().nullable(),
  business_label: z.string(),
  worker_id: z
    .string()
    .nullable()
    .refine((value) => Boolean(value), '技能者を選択してください。'),
  worker_label: z.string(),
  worker_name: z.string(),
  occupation_id: z.string().nullable(),
  position_code: z.string().nullable(),
  work_location: z.string().nullable(),
  entry_time: z.string().min(1, '入場時刻を入力してください。').pipe(time),
  exit_time: z.union([z.literal(''), time]),
});
export type BulkRowValues = z.infer<typeof bulkRowSchema>;

/** The API's rules for a date range and its rows, checked before anything is sent. */
export function checkRange(from: string, to: string): string | null {
  if (!from || !to) return '入退場日を入力してください。';
  if (to < from) return '終了日は開始日以降にしてください。';
  if (datesBetween(from, to).length > MAX_BULK_DAYS) return `期間は${MAX_BULK_DAYS}日以内にしてください。`;
  if (to > todayInJapan()) return '未来の日付は登録できません。';
  return null;
}

export const bulkSchema = z
  .object({
    site_id: z
      .string()
      .nullable()
      .refine((value) => Boolean(value), '現場を選択してください。'),
    date_from: z.string(),
    date_to: z.string(),
    rows: z
      .array(bulkRowSchema)
      .min(1, '行を追加してください。')
      .max(MAX_BULK_ROWS, `一度に登録できるのは${MAX_BULK_ROWS}行までです。`),
  })
  .superRefine((values, ctx) => {
    const rangeError = checkRange(values.date_from, values.date_to);
    if (rangeError) ctx.addIssue({ code: 'custom', path: ['date_to'], message: rangeError });
    const seen = new Set<string>();
    values.rows.forEach((row, index) => {
      if (!row.worker_id) return;
      if (seen.has(row.worker_id)) {
        ctx.addIssue({ code: 'custom', path: ['rows', index, 'worker_id'], message: DUPLICATE_ROW });
      }
      seen.add(row.worker_id);
    });
  });
export type BulkValues = z.infer<typeof bulkSchema>;

export const DUPLICATE_ROW = '同じ技能者が別の行にあります。';

export function blankRow(times?: Pick<BulkRowValues, 'entry_time' | 'exit_time'>): BulkRowValues {
  return {
    business_id: null,
    business_label: '',
    worker_id: null,
    worker_label: '',
    worker_name: '',
    work_location: null,
    occupation_id: null,
    position_code: null,
    entry_time: times?.entry_time ?? '08:00',
    exit_time: times?.exit_time ?? '17:00',
  };
}
