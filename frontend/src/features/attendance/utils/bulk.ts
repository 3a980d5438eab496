import { ApiError } from '@/lib/problem';

import type { BulkEntry } from '../api/work-days';

import { DUPLICATE_ROW, MAX_BULK_DAYS, type BulkRowValues, type BulkValues } from './bulk-schema';
import { datesBetween, nextDate } from './times';

/** An exit at or before the entry time is the next morning (as the API reads it). */
export function exitIsNextDay(row: Pick<BulkRowValues, 'entry_time' | 'exit_time'>): boolean {
  return Boolean(row.exit_time) && row.exit_time.slice(0, 5) <= row.entry_time.slice(0, 5);
}

export type ExpandedDay = {
  rowIndex: number;
  row: BulkRowValues;
  entry: string;
  exit: string | null;
};

/** The work days a bulk entry writes: one per row (worker) per day of the range. */
export function expandRows(rows: BulkRowValues[], from: string, to: string): ExpandedDay[] {
  if (!from || !to || to < from) return [];
  const dates = datesBetween(from, to).slice(0, MAX_BULK_DAYS);
  return rows.flatMap((row, rowIndex) =>
    row.worker_id
      ? dates.map((date) => ({
          rowIndex,
          row,
          entry: `${date} ${row.entry_time.slice(0, 5)}`,
          exit: row.exit_time ? `${exitIsNextDay(row) ? nextDate(date) : date} ${row.exit_time.slice(0, 5)}` : null,
        }))
      : [],
  );
}

const seconds = (time: string) => (time.length === 5 ? `${time}:00` : time);

export function toBulkEntry(values: BulkValues): BulkEntry {
  return {
    site_id: values.site_id ?? '',
    date_from: values.date_from,
    date_to: values.date_to,
    rows: values.rows.map((row) => ({
      worker_id: row.worker_id ?? '',
      business_id: row.business_id,
      occupation_id: row.occupation_id,
      position_code: row.position_code,
      work_location: row.work_location,
      entry_time: seconds(row.entry_time),
      exit_time: row.exit_time ? seconds(row.exit_time) : null,
    })),
  };
}

// Codes of the bulk endpoint that the shared message table does not know yet.
const BULK_MESSAGES: Record<string, string> = {
  'bulk.duplicate_row': DUPLICATE_ROW,
  'bulk.date_order': '終了日は開始日以降にしてください。',
  'bulk.range_too_long': `期間は${MAX_BULK_DAYS}日以内にしてください。`,
};

/** Field errors of the bulk endpoint in Japanese, by their form path (e.g. "rows.1.worker_id"). */
export function bulkOverrides(error: unknown): [string, string][] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? []).flatMap((fieldError) => {
    const message = BULK_MESSAGES[fieldError.code];
    const [where, ...path] = fieldError.loc;
    return message && where === 'body' ? [[path.map(String).join('.'), message] as [string, string]] : [];
  });
}
