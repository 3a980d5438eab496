import { MantineProvider, TextInput } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { countConditions, FilterPanel } from './filter-panel';

function setPhone(phone: boolean) {
  window.matchMedia = (query: string) => ({
    matches: phone && query.includes('max-width'),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}

const original = window.matchMedia;
afterEach(() => {
  window.matchMedia = original;
});

function Panel({ onSubmit = () => {} }: { onSubmit?: () => void }) {
  return (
    <MantineProvider>
      <FilterPanel
        label="現場の検索"
        active={2}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <TextInput label="現場名" />
        <button type="submit">検索</button>
      </FilterPanel>
    </MantineProvider>
  );
}

test('at the desk the search form is open, with no 絞り込み button', () => {
  setPhone(false);
  render(<Panel />);
  expect(screen.getByRole('search', { name: '現場の検索' })).toBeVisible();
  expect(screen.queryByRole('button', { name: /絞り込み/ })).not.toBeInTheDocument();
});

test('on a phone the form folds behind one button that says how many conditions apply', async () => {
  setPhone(true);
  const user = userEvent.setup();
  const submitted = vi.fn();
  render(<Panel onSubmit={submitted} />);
  const toggle = screen.getByRole('button', { name: '絞り込み（2件の条件）' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('search', { name: '現場の検索' })).not.toBeInTheDocument();

  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await user.click(await screen.findByRole('button', { name: '検索' }));
  expect(submitted).toHaveBeenCalledOnce();
});

test('the page number is not a condition; empty values are not either', () => {
  expect(countConditions({ page: 3, name: '大磯', code: '', branch_id: undefined, is_visible: false })).toBe(2);
  expect(countConditions({})).toBe(0);
});
