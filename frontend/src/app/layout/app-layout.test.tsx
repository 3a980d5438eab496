import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { ME, pagination, server } from '@/testing/server';

test('only the menu item of the current screen is marked current', async () => {
  server.use(
    http.get('*/api/v1/sites', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.get('*/api/v1/masters/occupations', () => HttpResponse.json([])),
    http.get('*/api/v1/masters/positions', () => HttpResponse.json([])),
  );
  await renderApp('/attendance/bulk');
  const menu = await screen.findByRole('navigation', { name: 'メインメニュー' });
  await within(menu).findByRole('link', { name: '就業履歴一括登録' });
  const current = within(menu)
    .getAllByRole('link')
    .filter((link) => link.hasAttribute('data-active') || link.getAttribute('aria-current') === 'page')
    .map((link) => link.textContent);
  expect(current).toEqual(['就業履歴一括登録']);
});

test('a viewer is offered no 登録 actions: the menu and the list leave them out', async () => {
  server.use(
    http.get('*/api/v1/me', () =>
      HttpResponse.json({ ...ME, role: 'viewer', scopes: ['registry:read', 'attendance:read', 'ccus:read'] }),
    ),
    http.get('*/api/v1/attendance', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.get('*/api/v1/sites', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.get('*/api/v1/businesses', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.get('*/api/v1/workers', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
  );
  await renderApp('/attendance');
  const menu = await screen.findByRole('navigation', { name: 'メインメニュー' });
  await within(menu).findByRole('link', { name: '就業履歴一覧' });
  await screen.findByText('就業履歴一覧', { selector: 'h2' });
  expect(within(menu).queryByRole('link', { name: '就業履歴一括登録' })).not.toBeInTheDocument();
  expect(within(menu).queryByRole('link', { name: 'ユーザー管理' })).not.toBeInTheDocument();
  expect(screen.queryByRole('link', { name: '手動登録' })).not.toBeInTheDocument();
});

test('staff who may write see the same list with its 登録 actions', async () => {
  server.use(
    http.get('*/api/v1/attendance', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.get('*/api/v1/sites', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.get('*/api/v1/businesses', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.get('*/api/v1/workers', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
  );
  await renderApp('/attendance');
  expect(await screen.findByRole('link', { name: '手動登録' })).toBeInTheDocument();
});
