import type { BulkEntry } from '../api/work-days';

import { exitOn, MAX_BULK_DAYS, type BulkRowValues } from './bulk-schema';
import { datesBetween } from './times';

/** One line of the 登録開始 preview: one worker on one day, removable before saving. */
export type PreviewLine = {
  key: string;
  row: BulkRowValues;
  date: string;
  entry: string;
  exit: string | null;
};

/** The work days the rows describe: one per row (worker) per day of the row's dates. */
export function expandRows(rows: BulkRowValues[]): PreviewLine[] {
  return rows.flatMap((row, rowIndex) => {
    if (!row.worker_id || !row.date_from || !row.date_to || row.date_to < row.date_from) return [];
    return datesBetween(row.date_from, row.date_to)
      .slice(0, MAX_BULK_DAYS)
      .map((date) => ({
        key: `${rowIndex}/${date}`,
        row,
        date,
        entry: `${date}T${row.entry_time.slice(0, 5)}`,
        exit: exitOn(row, date),
      }));
  });
}

const seconds = (time: string) => (time.length === 5 ? `${time}:00` : time);

/** The preview's lines as the API takes them: each line a row with its own work_date. */
export function toBulkEntry(siteId: string, lines: PreviewLine[]): BulkEntry {
  return {
    site_id: siteId,
    rows: lines.map(({ row, date }) => ({
      worker_id: row.worker_id ?? '',
      business_id: row.business_id,
      occupation_id: row.occupation_id,
      position_code: row.position_code,
      work_location: row.work_location,
      work_date: date,
      entry_time: seconds(row.entry_time),
      exit_time: row.exit_time ? seconds(row.exit_time) : null,
    })),
  };
}
