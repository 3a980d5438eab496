import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

import { fixSearchSchema } from '@/features/ccus';

import { siteDetailSearchSchema, sitesSearchSchema } from './search';

/** 現場's screens, hung under the app's signed-in layout. */
export function siteRoutes<TApp extends AnyRoute>(app: TApp) {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/sites',
      validateSearch: sitesSearchSchema,
      component: lazyRouteComponent(() => import('./components/list/sites-list-page'), 'SitesListPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/sites/new',
      component: lazyRouteComponent(() => import('./components/site-create-page'), 'SiteCreatePage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/sites/$siteId',
      validateSearch: siteDetailSearchSchema,
      component: lazyRouteComponent(() => import('./components/site-detail-page'), 'SiteDetailPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/sites/$siteId/edit',
      validateSearch: fixSearchSchema,
      component: lazyRouteComponent(() => import('./components/site-edit-page'), 'SiteEditPage'),
    }),
  ] as const;
}
