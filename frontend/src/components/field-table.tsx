import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

import { EMPTY_VALUE } from '@/lib/format';

export type FieldRow = { label: string; value: ReactNode };

const isBlank = (value: ReactNode) =>
  value === null || value === undefined || value === false || (typeof value === 'string' && value.trim() === '');

/** A record's fields, label on the left as in the seed's 閲覧 screens; a field without a value reads —. */
export function FieldTable({ rows, labelWidth = 200, maw }: { rows: FieldRow[]; labelWidth?: number; maw?: number }) {
  return (
    <Table withTableBorder withColumnBorders fz="sm" variant="vertical" layout="fixed" maw={maw}>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Th w={labelWidth}>{row.label}</Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{isBlank(row.value) ? EMPTY_VALUE : row.value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
