import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

import { DataTable } from '@/components/data-table';
import { QueryState, type QueryLike } from '@/components/page-states';

export type Column<T> = { header: string; cell: (row: T) => ReactNode };

/** One master as a list: every row, in the API's order. */
export function MasterList<T>({
  label,
  query,
  columns,
  rowKey,
}: {
  label: string;
  query: QueryLike<T[]>;
  columns: Column<T>[];
  rowKey: (row: T) => string;
}) {
  return (
    <QueryState query={query} isEmpty={(rows) => rows.length === 0} empty={`${label}は登録されていません。`}>
      {(rows) => (
        <DataTable striped withTableBorder fz="sm" label={label}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.header}>{column.header}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
    </QueryState>
  );
}
