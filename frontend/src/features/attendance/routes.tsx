import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

import { attendanceSearchSchema, calendarSearchSchema, manualEntrySearchSchema } from './search';

/** 就業履歴's screens (a site's calendar included), hung under the app's signed-in layout. */
export function attendanceRoutes<TApp extends AnyRoute>(app: TApp) {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/sites/$siteId/calendar',
      validateSearch: calendarSearchSchema,
      component: lazyRouteComponent(() => import('./components/calendar-page'), 'CalendarPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/attendance',
      validateSearch: attendanceSearchSchema,
      component: lazyRouteComponent(() => import('./components/attendance-list-page'), 'AttendanceListPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/attendance/new',
      validateSearch: manualEntrySearchSchema,
      component: lazyRouteComponent(() => import('./components/manual-entry-page'), 'ManualEntryPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/attendance/bulk',
      component: lazyRouteComponent(() => import('./components/bulk-entry-page'), 'BulkEntryPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/attendance/$workDayId',
      component: lazyRouteComponent(() => import('./components/work-day-edit-page'), 'WorkDayEditPage'),
    }),
  ] as const;
}
