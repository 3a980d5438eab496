import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

import { pageSearchSchema } from '@/lib/page-search';

/** 拠点・支店管理, under the signed-in layout. */
export function branchRoutes<TApp extends AnyRoute>(app: TApp) {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/branches',
      validateSearch: pageSearchSchema,
      component: lazyRouteComponent(() => import('./components/branches-page'), 'BranchesPage'),
    }),
  ] as const;
}
