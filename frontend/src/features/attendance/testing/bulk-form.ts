import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';

import { setupEntry } from './entry-form';

export type User = ReturnType<typeof userEvent.setup>;

/** The bulk form's endpoints; returns the bodies the save sent. */
export const setupBulk = (answer: () => Response) => setupEntry('*/api/v1/attendance/bulk', answer);

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
