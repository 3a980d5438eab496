import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import { FieldTable, type FieldRow } from '@/components/field-table';

export type { FieldRow };

/** One titled group of a record's fields, label on the left as in the seed's 閲覧 screens. */
export function FieldSection({ title, rows, children }: { title: string; rows: FieldRow[]; children?: ReactNode }) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <FieldTable rows={rows} labelWidth={160} />
      {children}
    </Paper>
  );
}
