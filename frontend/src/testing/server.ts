import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

import type { components } from '@/api/schema';

export const ME: components['schemas']['Me'] = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'admin@example.jp',
  name: '水本 太郎',
  role: 'admin',
  tenant: { id: '00000000-0000-4000-8000-0000000000aa', code: 'comtex', name: 'コムテックス株式会社' },
  branch_ids: [],
  scopes: [
    'registry:read',
    'registry:write',
    'attendance:read',
    'attendance:write',
    'ccus:read',
    'ccus:write',
    'secrets:reveal',
    'masters:write',
    'users:manage',
    'api_keys:manage',
    'audit:read',
  ],
};

export const defaultHandlers = [
  http.get('*/api/v1/me', () => HttpResponse.json(ME)),
  // マイページ lists the account's sessions: this one only, unless a test says so.
  http.get('*/api/v1/me/sessions', () =>
    HttpResponse.json([
      {
        id: '00000000-0000-4000-8000-000000000051',
        user_agent: 'Mozilla/5.0',
        client_address: '127.0.0.1',
        created_at: '2026-11-30T00:00:00Z',
        last_seen_at: '2026-11-30T00:00:00Z',
        current: true,
      },
    ]),
  ),
  // APIキー管理 and お知らせ read the Webhook endpoints; none unless a test says so.
  http.get('*/api/v1/webhooks/endpoints', () =>
    HttpResponse.json({
      items: [],
      pagination: { total_count: 0, total_is_exact: true, page: 1, limit: 50, max_page: 1 },
    }),
  ),
  // お知らせ reads the account mails that failed, ユーザー管理 the pending invitations; none unless a test says so.
  http.get('*/api/v1/mail/failures', () => HttpResponse.json([])),
  http.get('*/api/v1/users/invitations', () => HttpResponse.json([])),
  // Every edit page asks for its record's pending CCUS send (連携キャンセル); none unless a test says so.
  http.get('*/api/v1/ccus/outbox', () =>
    HttpResponse.json({
      items: [],
      pagination: { total_count: 0, total_is_exact: true, page: 1, limit: 20, max_page: 1 },
    }),
  ),
];

/** Signs the test in as a viewer: reads everything, writes nothing. */
export const asViewer = http.get('*/api/v1/me', () =>
  HttpResponse.json({ ...ME, role: 'viewer', scopes: ['registry:read', 'attendance:read', 'ccus:read'] }),
);

export const server = setupServer(...defaultHandlers);

/** A problem+json answer, as the API sends it. */
export function problem(status: number, code: string, errors: components['schemas']['FieldError'][] = []): Response {
  return HttpResponse.json(
    { type: `urn:genba:problem:${code}`, title: code, status, detail: code, code, errors },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

export function pagination(total: number, page = 1, limit = 20): components['schemas']['Pagination'] {
  return { total_count: total, total_is_exact: true, page, limit, max_page: Math.max(1, Math.ceil(total / limit)) };
}
