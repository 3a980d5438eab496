import { MantineProvider, Table } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';

import { DataTable } from './data-table';

// 現場一覧's header: two rows, a group spanning columns and cells spanning rows.
function SitesLike() {
  const rows = ['A'];
  return (
    <DataTable label="現場一覧">
      <Table.Thead>
        <Table.Tr>
          <Table.Th rowSpan={2}>
            現場コード
            <br />
            現場名
          </Table.Th>
          <Table.Th colSpan={2}>就業履歴蓄積期間</Table.Th>
          <Table.Th rowSpan={2} aria-label="操作" />
        </Table.Tr>
        <Table.Tr>
          <Table.Th>開始日</Table.Th>
          <Table.Th>終了日</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row}>
            <Table.Td>{row}</Table.Td>
            <Table.Td>2024/05/01</Table.Td>
            <Table.Td data-label="終わり">2034/12/31</Table.Td>
            <Table.Td data-action>
              <button type="button">選択</button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}

// Rows whose own state adds one: the table around them does not render again.
function GrowingBody() {
  const [rows, setRows] = useState(['A']);
  return (
    <Table.Tbody>
      {rows.map((row) => (
        <Table.Tr key={row}>
          <Table.Td>{row}</Table.Td>
          <Table.Td>
            <button type="button" onClick={() => setRows(['A', 'B'])}>
              増やす
            </button>
          </Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  );
}

function Growing() {
  return (
    <DataTable label="一覧">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>名前</Table.Th>
          <Table.Th aria-label="操作" />
        </Table.Tr>
      </Table.Thead>
      <GrowingBody />
    </DataTable>
  );
}

const labelsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.dataset.label);

test('each cell is labelled with its column header, groups first, for the phone cards', () => {
  render(
    <MantineProvider>
      <SitesLike />
    </MantineProvider>,
  );
  const table = screen.getByRole('table', { name: '現場一覧' });
  const [row] = within(table).getAllByRole('row').slice(2);
  expect(labelsOf(row!)).toEqual(['現場コード 現場名', '就業履歴蓄積期間 開始日', '終わり', '操作']);
});

test('rows that arrive later are labelled too', async () => {
  const user = userEvent.setup();
  render(
    <MantineProvider>
      <Growing />
    </MantineProvider>,
  );
  await user.click(screen.getByRole('button', { name: '増やす' }));
  await screen.findByText('B');
  const rows = within(screen.getByRole('table', { name: '一覧' }))
    .getAllByRole('row')
    .slice(1);
  await waitFor(() => expect(labelsOf(rows[1]!)).toEqual(['名前', '操作']));
});
