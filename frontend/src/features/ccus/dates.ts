import dayjs from 'dayjs';

import { todayInJapan } from '@/lib/format';

/** The seven days ending today in Japan, as the API's default for CCUS連携結果. */
export function lastSevenDays(now: Date = new Date()): { from: string; to: string } {
  const to = todayInJapan(now);
  return { from: dayjs(to).subtract(6, 'day').format('YYYY-MM-DD'), to };
}
