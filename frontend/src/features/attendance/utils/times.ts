import dayjs from 'dayjs';

import { formatDateTime, formatTime, isoToJapanLocal } from '@/lib/format';

/**
 * A time of a work day: the time alone when it falls on the work date, otherwise with its date
 * (a night shift's exit the next morning, or an entry after midnight before the day boundary).
 */
export function dayTime(value: string | null | undefined, workDate: string): string {
  if (!value) return '';
  return isoToJapanLocal(value).slice(0, 10) === workDate ? formatTime(value) : formatDateTime(value);
}

/** Every date from `from` to `to`, both included, as YYYY-MM-DD. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  const last = dayjs(to);
  for (let day = dayjs(from); !day.isAfter(last, 'day'); day = day.add(1, 'day')) {
    dates.push(day.format('YYYY-MM-DD'));
    if (dates.length > 366) break;
  }
  return dates;
}

export function nextDate(date: string): string {
  return dayjs(date).add(1, 'day').format('YYYY-MM-DD');
}
