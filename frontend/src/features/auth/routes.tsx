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

/** The emailed links' screens and パスワードを忘れた場合: reached without a login. */
export function publicAccountRoutes<TRoot extends AnyRoute>(root: TRoot) {
  const page = (path: string, load: () => Promise<Record<string, unknown>>, name: string) =>
    createRoute({ getParentRoute: () => root, path, component: lazyRouteComponent(load, name) });
  return [
    page('/invitation', () => import('./components/invitation-page'), 'InvitationPage'),
    page('/forgot-password', () => import('./components/forgot-password-page'), 'ForgotPasswordPage'),
    page('/reset-password', () => import('./components/reset-password-page'), 'ResetPasswordPage'),
    page('/email-change', () => import('./components/email-change-confirm-page'), 'EmailChangeConfirmPage'),
  ] as const;
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
