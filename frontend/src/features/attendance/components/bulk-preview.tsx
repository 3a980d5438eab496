import { Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { useWatch, type Control } from 'react-hook-form';

import { formatNumber } from '@/lib/format';

import { expandRows } from '../utils/bulk';
import type { BulkValues } from '../utils/bulk-schema';
import { useMasterLabels } from '../utils/use-master-labels';

const SHOWN = 200;
const slashed = (value: string) => value.replaceAll('-', '/');

/** The work days the form will write, one line per worker per day, as the seed lists them. */
export function BulkPreview({ control }: { control: Control<BulkValues> }) {
  const [rows, from, to] = useWatch({ control, name: ['rows', 'date_from', 'date_to'] });
  const masters = useMasterLabels();
  const days = expandRows(rows, from, to);
  if (days.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        技能者を選ぶと、登録される就業履歴がここに表示されます。
      </Text>
    );
  }
  return (
    <>
      <Text size="sm" mb="xs" data-testid="bulk-count">
        登録される就業履歴: {formatNumber(days.length)} 件
      </Text>
      <DataTable striped highlightOnHover withTableBorder fz="sm" label="登録される就業履歴">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>行</Table.Th>
            <Table.Th>所属/事業所</Table.Th>
            <Table.Th>技能者</Table.Th>
            <Table.Th>職種</Table.Th>
            <Table.Th>立場</Table.Th>
            <Table.Th>入場日時</Table.Th>
            <Table.Th>退場日時</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {days.slice(0, SHOWN).map((day) => (
            <Table.Tr key={`${day.rowIndex}-${day.entry}`}>
              <Table.Td>{day.rowIndex + 1}</Table.Td>
              <Table.Td>{day.row.business_label}</Table.Td>
              <Table.Td>{day.row.worker_name || day.row.worker_label}</Table.Td>
              <Table.Td>{masters.occupation(day.row.occupation_id)}</Table.Td>
              <Table.Td>{masters.position(day.row.position_code)}</Table.Td>
              <Table.Td>{slashed(day.entry)}</Table.Td>
              <Table.Td>{day.exit ? slashed(day.exit) : ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      {days.length > SHOWN ? (
        <Text size="sm" c="dimmed" mt="xs">
          ほか {formatNumber(days.length - SHOWN)} 件
        </Text>
      ) : null}
    </>
  );
}
