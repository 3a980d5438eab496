import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { renderApp } from '@/testing/render-app';
import { pagination, problem, server } from '@/testing/server';

import { WORKER_ID, masterHandlers, worker } from '../../testing/fixtures';

function listing(deleted: string[], refuse: boolean) {
  server.use(
    ...masterHandlers,
    http.get('*/api/v1/workers', () =>
      HttpResponse.json({ items: deleted.length ? [] : [worker()], pagination: pagination(deleted.length ? 0 : 1) }),
    ),
    http.delete('*/api/v1/workers/:id', ({ params }) => {
      if (refuse) return problem(409, 'worker.has_history');
      deleted.push(String(params.id));
      return new HttpResponse(null, { status: 204 });
    }),
  );
}

test('削除 on a row deletes a worker without history after asking once', async () => {
  const user = userEvent.setup();
  const deleted: string[] = [];
  listing(deleted, false);
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  await renderApp('/workers');
  const row = (await screen.findByRole('link', { name: '川越 十郎' })).closest('tr')!;
  await user.click(within(row).getByRole('button', { name: '川越 十郎を削除' }));
  await waitFor(() => expect(deleted).toEqual([WORKER_ID]));
  expect(window.confirm).toHaveBeenCalledWith('「川越 十郎」を削除しますか？');
  expect(await screen.findByText('条件に該当する技能者はいません。')).toBeInTheDocument();
});

test('削除 of a worker with history is refused with the reason and the way to retire', async () => {
  const user = userEvent.setup();
  listing([], true);
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  await renderApp('/workers');
  const row = (await screen.findByRole('link', { name: '川越 十郎' })).closest('tr')!;
  await user.click(within(row).getByRole('button', { name: '川越 十郎を削除' }));
  const alert = (await screen.findByText(/川越 十郎: 就業履歴があるため/)).closest('[role=alert]')!;
  expect(alert).toHaveTextContent('川越 十郎: 就業履歴があるため、この技能者は削除できません。');
  expect(alert).toHaveTextContent('退職日を入力してください');
  expect(screen.getByRole('link', { name: '川越 十郎' })).toBeInTheDocument();
});
