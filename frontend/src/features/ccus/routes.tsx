import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

import { idChecksListSearchSchema, reservationsSearchSchema, resultsSearchSchema } from './search';

/** CCUS連携's screens, hung under the app's signed-in layout. */
export function ccusRoutes<TApp extends AnyRoute>(app: TApp) {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/ccus/results',
      validateSearch: resultsSearchSchema,
      component: lazyRouteComponent(() => import('./components/results/results-page'), 'ResultsPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/ccus/id-checks',
      component: lazyRouteComponent(() => import('./components/id-checks/id-checks-page'), 'IdChecksPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/ccus/id-checks/$table',
      validateSearch: idChecksListSearchSchema,
      component: lazyRouteComponent(() => import('./components/id-checks/id-check-list-page'), 'IdCheckListPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/ccus/reservations',
      validateSearch: reservationsSearchSchema,
      component: lazyRouteComponent(() => import('./components/reservations-page'), 'ReservationsPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/ccus/remote/$table/$entityId',
      component: lazyRouteComponent(() => import('./components/remote/remote-diff-page'), 'RemoteDiffPage'),
    }),
  ] as const;
}
