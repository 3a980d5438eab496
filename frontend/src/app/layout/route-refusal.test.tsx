import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { ME, server } from '@/testing/server';

// A screen the menu leaves out for a role, opened by its address, says so once.
const STAFF = {
  ...ME,
  role: 'staff',
  scopes: ['registry:read', 'registry:write', 'attendance:read', 'attendance:write', 'ccus:read', 'ccus:write'],
};

test('staff who open ユーザー管理 by its address see one notice, not its failing sections and actions', async () => {
  server.use(
    http.get('*/api/v1/me', () => HttpResponse.json(STAFF)),
    http.get('*/api/v1/users', () => HttpResponse.json({ title: 'Forbidden', status: 403 }, { status: 403 })),
    http.get('*/api/v1/users/invitations', () =>
      HttpResponse.json({ title: 'Forbidden', status: 403 }, { status: 403 }),
    ),
  );
  await renderApp('/admin/users');
  expect(await screen.findByText('この画面を表示する権限がありません')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '招待する' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'ユーザーを追加' })).not.toBeInTheDocument();
  expect(screen.queryByText('読み込みに失敗しました')).not.toBeInTheDocument();
});

const VIEWER = { ...ME, role: 'viewer', scopes: ['registry:read', 'attendance:read', 'ccus:read'] };

test.each([
  ['就業履歴一括登録', '/attendance/bulk', '登録開始'],
  ['手動登録', '/attendance/new', '登録'],
  ['技能者の編集', '/workers/w1/edit', '更新'],
])('a viewer who opens %s by its address is told the role does not open it', async (_, path, submit) => {
  server.use(http.get('*/api/v1/me', () => HttpResponse.json(VIEWER)));
  await renderApp(path);
  expect(await screen.findByText('この画面を表示する権限がありません')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: submit })).not.toBeInTheDocument();
});
