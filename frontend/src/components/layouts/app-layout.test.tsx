import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { pagination, server } from '@/testing/server';

test('only the menu item of the current screen is marked current', async () => {
  server.use(
    http.get('*/api/v1/sites', () => HttpResponse.json({ items: [], pagination: pagination(0) })),
    http.get('*/api/v1/masters/occupations', () => HttpResponse.json([])),
    http.get('*/api/v1/masters/positions', () => HttpResponse.json([])),
  );
  await renderApp('/attendance/bulk');
  const menu = await screen.findByRole('navigation', { name: 'メインメニュー' });
  const current = within(menu)
    .getAllByRole('link')
    .filter((link) => link.hasAttribute('data-active') || link.getAttribute('aria-current') === 'page')
    .map((link) => link.textContent);
  expect(current).toEqual(['就業履歴一括登録']);
});
