import type { paths } from '@/api/schema';

export type WorkDayListQuery = NonNullable<paths['/api/v1/attendance']['get']['parameters']['query']>;

export const attendanceKeys = {
  all: ['attendance'] as const,
  list: (query: WorkDayListQuery) => [...attendanceKeys.all, 'list', query] as const,
  workDay: (workDayId: string) => [...attendanceKeys.all, 'work-day', workDayId] as const,
  calendar: (siteId: string, month: string) => [...attendanceKeys.all, 'calendar', siteId, month] as const,
};
