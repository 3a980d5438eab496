import { Stack, Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { occupationLabel, useOccupations, usePositions } from '@/features/masters';
import { formatDate } from '@/lib/format';

import type { Worker } from '../../api/workers';

import { FieldSection } from './field-table';
import { nameOf } from './name-of';

/** 職種・資格: 代表職種, the further occupations, 立場 and the qualifications. */
export function OccupationSection({ worker }: { worker: Worker }) {
  const positions = usePositions();
  const occupations = useOccupations();
  const otherOccupations = worker.occupation_ids.map((id) => {
    const found = occupations.data?.find((occupation) => occupation.id === id);
    return found ? occupationLabel(found) : id;
  });
  return (
    <FieldSection
      title="職種・資格"
      rows={[
        { label: '代表職種', value: occupationLabel(worker.primary_occupation) },
        {
          label: 'その他の職種',
          value: otherOccupations.length ? (
            <Stack gap={0}>
              {otherOccupations.map((label) => (
                <Text key={label} size="sm">
                  {label}
                </Text>
              ))}
            </Stack>
          ) : (
            ''
          ),
        },
        { label: '立場', value: nameOf(positions.data, worker.position_code) },
      ]}
    >
      <Text size="sm" fw={500} mt="sm" mb={4}>
        資格・免許
      </Text>
      {worker.qualifications.length === 0 ? (
        <Text size="sm" c="dimmed">
          登録されていません。
        </Text>
      ) : (
        <DataTable striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>資格・免許名</Table.Th>
              <Table.Th>番号</Table.Th>
              <Table.Th>取得日</Table.Th>
              <Table.Th>有効期限</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {worker.qualifications.map((qualification, index) => (
              <Table.Tr key={`${qualification.name}-${index}`}>
                <Table.Td>{qualification.name}</Table.Td>
                <Table.Td>{qualification.number}</Table.Td>
                <Table.Td>{formatDate(qualification.acquired_on)}</Table.Td>
                <Table.Td>{formatDate(qualification.expires_on)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
    </FieldSection>
  );
}
