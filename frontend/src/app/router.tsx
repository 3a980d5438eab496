import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';

import { AppLayout } from '@/app/layout/app-layout';
import { LoadingState } from '@/components/page-states';
import { NotFound, RouteError } from '@/components/route-fallbacks';
import { adminRoutes } from '@/features/admin/routes';
import { attendanceRoutes } from '@/features/attendance/routes';
import { authRoutes, loginRoute, publicAccountRoutes } from '@/features/auth/routes';
import { branchRoutes } from '@/features/branches/routes';
import { businessRoutes } from '@/features/businesses/routes';
import { ccusRoutes } from '@/features/ccus/routes';
import { homeRoutes } from '@/features/home/routes';
import { importRoutes } from '@/features/imports/routes';
import { masterRoutes } from '@/features/masters/routes';
import { siteRoutes } from '@/features/sites/routes';
import { workerRoutes } from '@/features/workers/routes';
import { isLoggedIn } from '@/lib/auth';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  notFoundComponent: NotFound,
  errorComponent: RouteError,
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

// Each feature owns its screens' routes (path, search schema, lazy page); the app only hangs them.
export const routeTree = rootRoute.addChildren([
  loginRoute(rootRoute),
  ...publicAccountRoutes(rootRoute),
  appRoute.addChildren([
    ...homeRoutes(appRoute),
    ...authRoutes(appRoute),
    ...siteRoutes(appRoute),
    ...businessRoutes(appRoute),
    ...workerRoutes(appRoute),
    ...importRoutes(appRoute),
    ...attendanceRoutes(appRoute),
    ...ccusRoutes(appRoute),
    ...branchRoutes(appRoute),
    ...masterRoutes(appRoute),
    ...adminRoutes(appRoute),
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
