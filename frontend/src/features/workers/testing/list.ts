import { http, HttpResponse } from 'msw';

import { pagination } from '@/testing/server';

import { worker } from './worker';

/** 技能者一覧: one working worker, or one retired when the list asks for them; `seen` gets each query. */
export function listHandler(seen: URLSearchParams[]) {
  return http.get('*/api/v1/workers', ({ request }) => {
    const query = new URL(request.url).searchParams;
    seen.push(query);
    const retired = query.get('status') === 'retired';
    return HttpResponse.json({
      items: [
        retired
          ? worker({ id: 'w2', family_name: '青木', given_name: '一郎', retired_on: '2025-12-31', is_retired: true })
          : worker({ email: 'kawagoe@example.jp', permission: 'manager' }),
      ],
      pagination: pagination(1),
    });
  });
}
