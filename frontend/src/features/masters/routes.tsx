import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

/** マスタ設定, under the signed-in layout. */
export function masterRoutes<TApp extends AnyRoute>(app: TApp) {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/masters',
      component: lazyRouteComponent(() => import('./components/masters-page'), 'MastersPage'),
    }),
  ] as const;
}
