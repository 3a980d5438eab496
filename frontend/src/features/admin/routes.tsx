import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

import { z } from 'zod';

import { pageSearchSchema } from '@/lib/page-search';

/** ユーザー管理: the page, and whether 招待する is open (a link can open it). */
const usersSearchSchema = pageSearchSchema.extend({
  invite: z.literal(1).optional().catch(undefined),
});

/** ユーザー管理 and APIキー管理, under the signed-in layout. */
export function adminRoutes<TApp extends AnyRoute>(app: TApp) {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/admin/users',
      validateSearch: usersSearchSchema,
      component: lazyRouteComponent(() => import('./components/users-page'), 'UsersPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/admin/api-keys',
      validateSearch: pageSearchSchema,
      component: lazyRouteComponent(() => import('./components/api-keys-page'), 'ApiKeysPage'),
    }),
  ] as const;
}
