import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

import { fixSearchSchema } from '@/features/ccus';

import { businessesSearchSchema } from './search';

/** 下請事業者's screens, hung under the app's signed-in layout. */
export function businessRoutes<TApp extends AnyRoute>(app: TApp) {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/businesses',
      validateSearch: businessesSearchSchema,
      component: lazyRouteComponent(() => import('./components/businesses-list-page'), 'BusinessesListPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/businesses/new',
      component: lazyRouteComponent(() => import('./components/business-create-page'), 'BusinessCreatePage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/businesses/$businessId',
      component: lazyRouteComponent(() => import('./components/business-detail-page'), 'BusinessDetailPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/businesses/$businessId/edit',
      validateSearch: fixSearchSchema,
      component: lazyRouteComponent(() => import('./components/business-edit-page'), 'BusinessEditPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/businesses/$businessId/permits',
      component: lazyRouteComponent(() => import('./components/permits/permits-page'), 'PermitsPage'),
    }),
  ] as const;
}
