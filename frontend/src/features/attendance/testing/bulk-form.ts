import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { server } from '@/testing/server';

import { masterHandlers } from './masters';
import { page } from './page';
import { pickerHandlers } from './pickers';

export type User = ReturnType<typeof userEvent.setup>;

/** The bulk form's endpoints; returns the bodies the save sent. */
export function setupBulk(answer: () => Response) {
  const bodies: unknown[] = [];
  server.use(
    ...masterHandlers,
    ...pickerHandlers(),
    http.get('*/api/v1/sites/:siteId/workers', () => HttpResponse.json([])),
    http.get('*/api/v1/attendance', () => HttpResponse.json(page([]))),
    http.post('*/api/v1/attendance/bulk', async ({ request }) => {
      bodies.push(await request.json());
      return answer();
    }),
  );
  return bodies;
}

export async function choose(user: User, scope: HTMLElement | null, label: string, option: string) {
  const where = scope ? within(scope) : screen;
  await user.click(where.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

/** Types a value into one of a row's inputs, replacing what was there. */
export async function retype(user: User, row: HTMLElement, label: string, value: string) {
  // A required field's label ends with its asterisk.
  const input = within(row).getByLabelText(new RegExp(`^${label}\\s*\\*?$`));
  await user.clear(input);
  if (value) await user.type(input, value);
}
