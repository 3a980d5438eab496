import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';

import { fixSearchSchema } from '@/features/ccus';

import { newWorkerSearchSchema, workersSearchSchema } from './search';

/** 技能者's screens, hung under the app's signed-in layout. */
export function workerRoutes<TApp extends AnyRoute>(app: TApp) {
  return [
    createRoute({
      getParentRoute: () => app,
      path: '/workers',
      validateSearch: workersSearchSchema,
      component: lazyRouteComponent(() => import('./components/list/workers-list-page'), 'WorkersListPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/workers/new',
      validateSearch: newWorkerSearchSchema,
      component: lazyRouteComponent(() => import('./components/worker-create-page'), 'WorkerCreatePage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/workers/$workerId',
      component: lazyRouteComponent(() => import('./components/detail/worker-detail-page'), 'WorkerDetailPage'),
    }),
    createRoute({
      getParentRoute: () => app,
      path: '/workers/$workerId/edit',
      validateSearch: fixSearchSchema,
      component: lazyRouteComponent(() => import('./components/worker-edit-page'), 'WorkerEditPage'),
    }),
  ] as const;
}
