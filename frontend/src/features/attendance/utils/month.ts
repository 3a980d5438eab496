import dayjs from 'dayjs';

import { todayInJapan } from '@/lib/format';

export function currentMonth(): string {
  return todayInJapan().slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  return dayjs(`${month}-01`).add(by, 'month').format('YYYY-MM');
}

/** "2024年9月". */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${year}年${Number(number)}月`;
}

export type MonthDay = { date: string; day: number; weekday: number };

export function daysOfMonth(month: string): MonthDay[] {
  const first = dayjs(`${month}-01`);
  return Array.from({ length: first.daysInMonth() }, (_, index) => {
    const day = first.add(index, 'day');
    return { date: day.format('YYYY-MM-DD'), day: index + 1, weekday: day.day() };
  });
}

export const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'] as const;
