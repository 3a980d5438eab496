import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';

import { FieldTable } from './field-table';

test('a field without a value reads —; zero and text show as they are', () => {
  render(
    <MantineProvider>
      <FieldTable
        rows={[
          { label: 'FAX番号', value: null },
          { label: 'メールアドレス', value: '  ' },
          { label: '表示順', value: 0 },
          { label: '代表電話番号', value: '0312345678' },
        ]}
      />
    </MantineProvider>,
  );
  const value = (label: string) => within(screen.getByRole('row', { name: new RegExp(label) })).getByRole('cell');
  expect(value('FAX番号')).toHaveTextContent(/^—$/);
  expect(value('メールアドレス')).toHaveTextContent(/^—$/);
  expect(value('表示順')).toHaveTextContent(/^0$/);
  expect(value('代表電話番号')).toHaveTextContent('0312345678');
});
