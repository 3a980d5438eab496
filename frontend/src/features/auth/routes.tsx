import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

import { loginSearchSchema } from './search';

/** ログイン: outside the signed-in layout, straight under the root. */
export function loginRoute<TRoot extends AnyRoute>(root: TRoot) {
  return createRoute({
    getParentRoute: () => root,
    path: '/login',
    validateSearch: loginSearchSchema,
    component: lazyRouteComponent(() => import('./components/login-page'), 'LoginPage'),
  });
}

/** マイページ, under the signed-in layout. */
export function authRoutes<TApp extends AnyRoute>(app: TApp) {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/me',
      component: lazyRouteComponent(() => import('./components/my-page'), 'MyPage'),
    }),
  ] as const;
}
