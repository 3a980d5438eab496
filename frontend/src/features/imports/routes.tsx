import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

import { importsSearchSchema } from './search';

/** データ管理's imports, hung under the app's signed-in layout. */
export function importRoutes<TApp extends AnyRoute>(app: TApp) {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/imports',
      validateSearch: importsSearchSchema,
      component: lazyRouteComponent(() => import('./components/imports-page'), 'ImportsPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/imports/$importId',
      component: lazyRouteComponent(() => import('./components/import-detail-page'), 'ImportDetailPage'),
    }),
  ] as const;
}
