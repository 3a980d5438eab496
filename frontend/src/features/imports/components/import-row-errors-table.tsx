import { Table } from '@mantine/core';

import { DataTable } from '@/components/data-table';

import { messageForFieldError } from '@/lib/messages';

import type { ImportRowError } from '../api/imports';

/** Per-row errors to fix in the file: 行 counts the header as row 1, 列 is the template's header. */
export function ImportRowErrorsTable({ errors }: { errors: ImportRowError[] }) {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return (
    <DataTable striped highlightOnHover withTableBorder fz="sm" label="エラーの一覧">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={80} ta="right">
            行
          </Table.Th>
          <Table.Th w={220}>列</Table.Th>
          <Table.Th>メッセージ</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((error, index) => (
          <Table.Tr key={`${error.row}-${error.column ?? ''}-${error.code}-${index}`}>
            <Table.Td ta="right">{error.row}</Table.Td>
            <Table.Td>{error.column ?? '—'}</Table.Td>
            <Table.Td>{messageForFieldError(error.code, error.message)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
