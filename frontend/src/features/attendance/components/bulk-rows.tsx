import { Button, Group, Stack, Text } from '@mantine/core';
import type { UseFieldArrayReturn, UseFormReturn } from 'react-hook-form';

import { blankRow, type BulkRowValues, type BulkValues } from '../utils/bulk-schema';

import { BulkRowFields } from './bulk-row-fields';

/** The rows of 一括登録, each a worker with dates and times; 行追加 copies the last row's. */
export function BulkRows({
  form,
  rows,
  siteId,
  workLocations,
  newRow,
}: {
  form: UseFormReturn<BulkValues>;
  rows: UseFieldArrayReturn<BulkValues, 'rows'>;
  siteId: string;
  workLocations: string[] | null;
  newRow: () => BulkRowValues;
}) {
  const rowsError = form.formState.errors.rows?.message ?? form.formState.errors.rows?.root?.message;
  return (
    <Stack gap="sm">
      {rows.fields.map((field, index) => (
        <BulkRowFields
          key={field.id}
          form={form}
          index={index}
          siteId={siteId}
          workLocations={workLocations}
          onRemove={rows.fields.length > 1 ? () => rows.remove(index) : null}
        />
      ))}
      {rowsError ? (
        <Text size="sm" c="red">
          {rowsError}
        </Text>
      ) : null}
      <Group>
        <Button variant="light" onClick={() => rows.append(blankRow(form.getValues('rows').at(-1) ?? newRow()))}>
          行追加
        </Button>
      </Group>
    </Stack>
  );
}
