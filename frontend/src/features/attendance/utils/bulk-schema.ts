import { z } from 'zod';

import { entryMessage } from './entry-messages';
import { datesBetween, nextDate } from './times';
import { nowInJapanLocal } from './work-day-schema';

export const MAX_BULK_DAYS = 31;
// One saved batch: one line per worker per day, as the API takes them.
export const MAX_BULK_LINES = 500;

const time = z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/, '時刻を入力してください。');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日付を入力してください。');

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
  date_from: date,
  date_to: date,
  entry_time: z.string().min(1, '入場時刻を入力してください。').pipe(time),
  exit_time: z.union([z.literal(''), time]),
});
export type BulkRowValues = z.infer<typeof bulkRowSchema>;

/** The date rules of one row (or of the 入退場日付一括変更 dialog). */
export function checkRange(from: string, to: string, today: string): string | null {
  if (!from || !to) return '入退場日を入力してください。';
  if (to < from) return '最終日は入場日以降にしてください。';
  if (datesBetween(from, to).length > MAX_BULK_DAYS) return `期間は${MAX_BULK_DAYS}日以内にしてください。`;
  if (to > today) return '未来の日付は登録できません。';
  return null;
}

/** An exit at or before the entry time is the next morning (as the API reads it). */
export function exitIsNextDay(row: Pick<BulkRowValues, 'entry_time' | 'exit_time'>): boolean {
  return Boolean(row.exit_time) && row.exit_time.slice(0, 5) <= row.entry_time.slice(0, 5);
}

/** The exit of a row on `day` as "YYYY-MM-DDTHH:mm", or null when left open. */
export function exitOn(row: Pick<BulkRowValues, 'entry_time' | 'exit_time'>, day: string): string | null {
  if (!row.exit_time) return null;
  return `${exitIsNextDay(row) ? nextDate(day) : day}T${row.exit_time.slice(0, 5)}`;
}

type Issue = { path: (string | number)[]; message: string };

/**
 * The API's rules for one row, checked before the preview: dates in range, no time in the future,
 * and an exit left open only for today (the worker may still be on site).
 */
export function rowIssues(row: BulkRowValues, now: string): Issue[] {
  const today = now.slice(0, 10);
  const range = checkRange(row.date_from, row.date_to, today);
  if (range) return [{ path: ['date_to'], message: range }];
  if (!row.entry_time) return [];
  const last = row.date_to;
  if (`${last}T${row.entry_time.slice(0, 5)}` > now) {
    return [{ path: ['entry_time'], message: entryMessage('work_day.in_future', 'entry_time') }];
  }
  const exit = exitOn(row, last);
  if (exit && exit > now) {
    return [{ path: ['exit_time'], message: entryMessage('work_day.in_future', 'exit_time') }];
  }
  if (!row.exit_time && row.date_from < today) {
    return [{ path: ['exit_time'], message: entryMessage('work_day.exit_required', 'exit_time') }];
  }
  return [];
}

export const bulkSchema = z
  .object({
    site_id: z
      .string()
      .nullable()
      .refine((value) => Boolean(value), '現場を選択してください。'),
    rows: z.array(bulkRowSchema).min(1, '行を追加してください。'),
  })
  .superRefine((values, ctx) => {
    const now = nowInJapanLocal();
    const seen = new Map<string, string>();
    values.rows.forEach((row, index) => {
      for (const issue of rowIssues(row, now)) {
        ctx.addIssue({ code: 'custom', path: ['rows', index, ...issue.path], message: issue.message });
      }
      if (!row.worker_id || !row.date_from || row.date_to < row.date_from) return;
      const days = datesBetween(row.date_from, row.date_to).slice(0, MAX_BULK_DAYS);
      if (days.some((day) => seen.has(`${row.worker_id}/${day}`))) {
        ctx.addIssue({ code: 'custom', path: ['rows', index, 'worker_id'], message: DUPLICATE_ROW });
      }
      days.forEach((day) => seen.set(`${row.worker_id}/${day}`, day));
    });
  });
export type BulkValues = z.infer<typeof bulkSchema>;

export const DUPLICATE_ROW = '同じ技能者の同じ日が別の行にあります。';

export function blankRow(
  previous: Pick<BulkRowValues, 'date_from' | 'date_to' | 'entry_time' | 'exit_time'>,
): BulkRowValues {
  return {
    business_id: null,
    business_label: '',
    worker_id: null,
    worker_label: '',
    worker_name: '',
    work_location: null,
    occupation_id: null,
    position_code: null,
    date_from: previous.date_from,
    date_to: previous.date_to,
    entry_time: previous.entry_time,
    exit_time: previous.exit_time,
  };
}
