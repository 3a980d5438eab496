import { Badge, Stack, Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data-table';

import { occupationLabel, useEmploymentTypes } from '@/features/masters';
import { EMPTY_VALUE, formatDate, orEmpty } from '@/lib/format';

import { fullKana, fullName } from '../api/labels';
import type { Worker } from '../api/workers';

import { AnchorLink, ButtonLink } from '@/components/links';

export function WorkersTable({ workers }: { workers: Worker[] }) {
  const employmentTypes = useEmploymentTypes();
  const employmentName = (code: string) => employmentTypes.data?.find((type) => type.code === code)?.name ?? code;

  return (
    <DataTable striped highlightOnHover withTableBorder fz="sm" label="技能者一覧">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>技能者コード</Table.Th>
          <Table.Th>技能者名</Table.Th>
          <Table.Th>カナ</Table.Th>
          <Table.Th>所属事業者</Table.Th>
          <Table.Th>携帯電話番号</Table.Th>
          <Table.Th>雇用区分</Table.Th>
          <Table.Th>職種</Table.Th>
          <Table.Th>CCUS技能者ID</Table.Th>
          <Table.Th>退職</Table.Th>
          <Table.Th aria-label="操作" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {workers.map((worker) => (
          <Table.Tr key={worker.id}>
            <Table.Td>{worker.code}</Table.Td>
            <Table.Td>
              <AnchorLink to="/workers/$workerId" params={{ workerId: worker.id }}>
                {fullName(worker)}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{orEmpty(fullKana(worker))}</Table.Td>
            <Table.Td>{worker.business.name}</Table.Td>
            <Table.Td>
              {worker.phones.length === 0 ? EMPTY_VALUE : null}
              <Stack gap={0}>
                {worker.phones.map((phone) => (
                  <Text key={phone} size="sm">
                    {phone}
                  </Text>
                ))}
              </Stack>
            </Table.Td>
            <Table.Td>{employmentName(worker.employment_type_code)}</Table.Td>
            <Table.Td>{orEmpty(occupationLabel(worker.primary_occupation))}</Table.Td>
            <Table.Td>{orEmpty(worker.ccus_worker_id)}</Table.Td>
            <Table.Td>
              {worker.is_retired ? (
                <Badge color="gray" variant="light">
                  退職 {formatDate(worker.retired_on)}
                </Badge>
              ) : (
                EMPTY_VALUE
              )}
            </Table.Td>
            <Table.Td data-action>
              <ButtonLink
                to="/workers/$workerId/edit"
                params={{ workerId: worker.id }}
                size="compact-xs"
                variant="subtle"
              >
                編集
              </ButtonLink>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
