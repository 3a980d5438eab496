import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

/** お知らせ, the signed-in landing page. */
export function homeRoutes<TApp extends AnyRoute>(app: TApp) {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/',
      component: lazyRouteComponent(() => import('./components/home-page'), 'HomePage'),
    }),
  ] as const;
}
