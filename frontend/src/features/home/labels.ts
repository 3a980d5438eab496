import dayjs from 'dayjs';

import type { components } from '@/api/schema';
import { todayInJapan } from '@/lib/format';

export type OutboxKind = components['schemas']['OutboxKind'];
export type IdCheckTable = 'sites' | 'businesses' | 'workers';

export const KIND_LABELS: Record<OutboxKind, string> = {
  work_day: '就業履歴',
  site: '現場情報',
  business: '事業者情報',
  worker: '技能者情報',
  structure: '施工体制',
};

export const TABLE_LABELS: Record<IdCheckTable, string> = {
  sites: '現場',
  businesses: '事業者',
  workers: '技能者',
};

/** The seven days ending today in Japan: the period CCUS連携結果 shows by default. */
export function lastSevenDays(now: Date = new Date()): { from: string; to: string } {
  const to = todayInJapan(now);
  return { from: dayjs(to).subtract(6, 'day').format('YYYY-MM-DD'), to };
}
