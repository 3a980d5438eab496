import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { pagination } from '@/testing/server';

/** The one colleague the ユーザー管理 screens list. */
export const USER: components['schemas']['User'] = {
  id: 'u2',
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  email: 'sato@example.jp',
  name: '佐藤 花子',
  role: 'staff',
  is_active: true,
  branch_ids: [],
  last_login_at: null,
  invitation_pending: false,
};

/** What the ユーザー管理 screen asks for besides its own actions. */
export function usersHandlers() {
  return [
    http.get('*/api/v1/users', () => HttpResponse.json({ items: [USER], pagination: pagination(1) })),
    http.get('*/api/v1/branches', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
  ];
}
