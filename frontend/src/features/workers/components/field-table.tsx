import { Paper, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export type FieldRow = { label: string; value: ReactNode };

const isBlank = (value: ReactNode) => value === null || value === undefined || value === '';

/** One titled group of a record's fields, label on the left as in the seed's 閲覧 screens. */
export function FieldSection({ title, rows, children }: { title: string; rows: FieldRow[]; children?: ReactNode }) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <Table withTableBorder withColumnBorders fz="sm" variant="vertical" layout="fixed">
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th w={160}>{row.label}</Table.Th>
              <Table.Td>{isBlank(row.value) ? '—' : row.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {children}
    </Paper>
  );
}
