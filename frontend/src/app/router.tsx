import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';

import { AppLayout } from '@/app/layout/app-layout';
import { LoadingState } from '@/components/page-states';
import { NotFound, RouteError } from '@/components/route-fallbacks';
import { loginSearchSchema } from '@/features/auth/search';
import { attendanceSearchSchema, calendarSearchSchema, manualEntrySearchSchema } from '@/features/attendance/search';
import { businessesSearchSchema } from '@/features/businesses/search';
import {
  fixSearchSchema,
  idChecksListSearchSchema,
  reservationsSearchSchema,
  resultsSearchSchema,
} from '@/features/ccus/search';
import { importsSearchSchema } from '@/features/imports/search';
import { siteDetailSearchSchema, sitesSearchSchema } from '@/features/sites/search';
import { newWorkerSearchSchema, workersSearchSchema } from '@/features/workers/search';
import { isLoggedIn } from '@/lib/auth';
import { pageSearchSchema } from '@/lib/page-search';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: loginSearchSchema,
  component: lazyRouteComponent(() => import('@/features/auth/components/login-page'), 'LoginPage'),
});

// Every staff screen sits under this layout; without a token it sends the user to ログイン.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: ({ location }) => {
    if (!isLoggedIn()) {
      throw redirect({ to: '/login', search: { redirect: location.href } });
    }
  },
  component: AppLayout,
});

const page = <T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T & string) =>
  lazyRouteComponent(load, name);

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: page(() => import('@/features/home/components/home-page'), 'HomePage'),
});
const myPageRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/me',
  component: page(() => import('@/features/auth/components/my-page'), 'MyPage'),
});

const sitesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites',
  validateSearch: sitesSearchSchema,
  component: page(() => import('@/features/sites/components/list/sites-list-page'), 'SitesListPage'),
});
const siteNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/new',
  component: page(() => import('@/features/sites/components/site-create-page'), 'SiteCreatePage'),
});
const siteDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$siteId',
  validateSearch: siteDetailSearchSchema,
  component: page(() => import('@/features/sites/components/site-detail-page'), 'SiteDetailPage'),
});
const siteEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$siteId/edit',
  validateSearch: fixSearchSchema,
  component: page(() => import('@/features/sites/components/site-edit-page'), 'SiteEditPage'),
});
const siteCalendarRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sites/$siteId/calendar',
  validateSearch: calendarSearchSchema,
  component: page(() => import('@/features/attendance/components/calendar-page'), 'CalendarPage'),
});

const businessesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/businesses',
  validateSearch: businessesSearchSchema,
  component: page(() => import('@/features/businesses/components/businesses-list-page'), 'BusinessesListPage'),
});
const businessNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/businesses/new',
  component: page(() => import('@/features/businesses/components/business-create-page'), 'BusinessCreatePage'),
});
const businessDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/businesses/$businessId',
  component: page(() => import('@/features/businesses/components/business-detail-page'), 'BusinessDetailPage'),
});
const businessEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/businesses/$businessId/edit',
  validateSearch: fixSearchSchema,
  component: page(() => import('@/features/businesses/components/business-edit-page'), 'BusinessEditPage'),
});

const businessPermitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/businesses/$businessId/permits',
  component: page(() => import('@/features/businesses/components/permits/permits-page'), 'PermitsPage'),
});

const workersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/workers',
  validateSearch: workersSearchSchema,
  component: page(() => import('@/features/workers/components/list/workers-list-page'), 'WorkersListPage'),
});
const workerNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/workers/new',
  validateSearch: newWorkerSearchSchema,
  component: page(() => import('@/features/workers/components/worker-create-page'), 'WorkerCreatePage'),
});
const workerDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/workers/$workerId',
  component: page(() => import('@/features/workers/components/detail/worker-detail-page'), 'WorkerDetailPage'),
});
const workerEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/workers/$workerId/edit',
  validateSearch: fixSearchSchema,
  component: page(() => import('@/features/workers/components/worker-edit-page'), 'WorkerEditPage'),
});

const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/imports',
  validateSearch: importsSearchSchema,
  component: page(() => import('@/features/imports/components/imports-page'), 'ImportsPage'),
});
const importDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/imports/$importId',
  component: page(() => import('@/features/imports/components/import-detail-page'), 'ImportDetailPage'),
});

const attendanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/attendance',
  validateSearch: attendanceSearchSchema,
  component: page(() => import('@/features/attendance/components/attendance-list-page'), 'AttendanceListPage'),
});
const attendanceNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/attendance/new',
  validateSearch: manualEntrySearchSchema,
  component: page(() => import('@/features/attendance/components/manual-entry-page'), 'ManualEntryPage'),
});
const attendanceBulkRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/attendance/bulk',
  component: page(() => import('@/features/attendance/components/bulk-entry-page'), 'BulkEntryPage'),
});
const attendanceEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/attendance/$workDayId',
  component: page(() => import('@/features/attendance/components/work-day-edit-page'), 'WorkDayEditPage'),
});

const ccusResultsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ccus/results',
  validateSearch: resultsSearchSchema,
  component: page(() => import('@/features/ccus/components/results-page'), 'ResultsPage'),
});
const ccusIdChecksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ccus/id-checks',
  component: page(() => import('@/features/ccus/components/id-checks-page'), 'IdChecksPage'),
});
const ccusIdChecksTableRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ccus/id-checks/$table',
  validateSearch: idChecksListSearchSchema,
  component: page(() => import('@/features/ccus/components/id-check-list-page'), 'IdCheckListPage'),
});
const ccusReservationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ccus/reservations',
  validateSearch: reservationsSearchSchema,
  component: page(() => import('@/features/ccus/components/reservations-page'), 'ReservationsPage'),
});
const ccusRemoteRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ccus/remote/$table/$entityId',
  component: page(() => import('@/features/ccus/components/remote-diff-page'), 'RemoteDiffPage'),
});

const mastersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/masters',
  component: page(() => import('@/features/masters/components/masters-page'), 'MastersPage'),
});
const branchesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/branches',
  validateSearch: pageSearchSchema,
  component: page(() => import('@/features/branches/components/branches-page'), 'BranchesPage'),
});
const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/users',
  validateSearch: pageSearchSchema,
  component: page(() => import('@/features/admin/components/users-page'), 'UsersPage'),
});
const apiKeysRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/api-keys',
  validateSearch: pageSearchSchema,
  component: page(() => import('@/features/admin/components/api-keys-page'), 'ApiKeysPage'),
});

export const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    myPageRoute,
    sitesRoute,
    siteNewRoute,
    siteDetailRoute,
    siteEditRoute,
    siteCalendarRoute,
    businessesRoute,
    businessNewRoute,
    businessDetailRoute,
    businessEditRoute,
    businessPermitsRoute,
    workersRoute,
    workerNewRoute,
    workerDetailRoute,
    workerEditRoute,
    importsRoute,
    importDetailRoute,
    attendanceRoute,
    attendanceNewRoute,
    attendanceBulkRoute,
    attendanceEditRoute,
    ccusResultsRoute,
    ccusIdChecksRoute,
    ccusIdChecksTableRoute,
    ccusReservationsRoute,
    ccusRemoteRoute,
    branchesRoute,
    mastersRoute,
    usersRoute,
    apiKeysRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // A screen's chunk on a slow site network: show that it is coming, not an empty page.
    defaultPendingComponent: () => <LoadingState />,
    defaultPendingMs: 300,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
