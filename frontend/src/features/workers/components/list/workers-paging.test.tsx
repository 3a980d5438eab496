import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';

import { listHandler, masterHandlers } from '../../testing/fixtures';

test('雇用区分 and 表示件数 reach the URL and the API; 表示件数 survives a new search', async () => {
  const user = userEvent.setup();
  const seen: URLSearchParams[] = [];
  server.use(...masterHandlers, listHandler(seen));
  const { router } = await renderApp('/workers');
  await screen.findByRole('link', { name: '川越 十郎' });

  await user.click(screen.getByRole('combobox', { name: '表示件数' }));
  await user.click(await screen.findByRole('option', { name: '50件' }));
  await waitFor(() => expect(seen.at(-1)?.get('limit')).toBe('50'));
  expect(router.state.location.search).toEqual({ limit: 50 });

  await user.click(screen.getByRole('combobox', { name: '雇用区分' }));
  await user.click(await screen.findByRole('option', { name: '一人親方' }));
  await user.click(screen.getByRole('button', { name: '検索' }));
  await waitFor(() => expect(seen.at(-1)?.get('employment_type_code')).toBe('3'));
  expect(seen.at(-1)?.get('limit')).toBe('50');
  expect(router.state.location.search).toEqual({ limit: 50, employment_type_code: '3' });
});
