import { todayInJapan } from '@/lib/format';

import { nowInJapanLocal } from './work-day-schema';

const STEP_MINUTES = 30;

/**
 * The current Japan time rounded down to the half hour ("HH:mm"): an entry default that is never
 * in the future, whatever the hour.
 */
export function entryTimeNow(now: string = nowInJapanLocal()): string {
  const [hours = '00', minutes = '00'] = now.slice(11, 16).split(':');
  const rounded = Math.floor(Number(minutes) / STEP_MINUTES) * STEP_MINUTES;
  return `${hours}:${String(rounded).padStart(2, '0')}`;
}

/** 入場日時 of a new day: now (rounded down) for today, 08:00 for a day that is over. */
export function defaultTimes(date: string, now: string = nowInJapanLocal()) {
  return date >= now.slice(0, 10)
    ? { date: now.slice(0, 10), entry: entryTimeNow(now), exit: '' }
    : { date, entry: '08:00', exit: '17:00' };
}

export { todayInJapan };
