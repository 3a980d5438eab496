import { Badge, Stack, Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { occupationLabel, useEmploymentTypes, usePositions } from '@/features/masters';
import { EMPTY_VALUE, formatDate, orEmpty } from '@/lib/format';

import { fullKana, fullName, labelOf, PERMISSION_OPTIONS } from '../../api/labels';
import type { Worker } from '../../api/workers';

import { WorkerRowActions } from './worker-row-actions';

import { AnchorLink } from '@/components/links';

const nameIn = (list: { code: string; name: string }[] | undefined, code: string | null) =>
  (code && list?.find((item) => item.code === code)?.name) ?? code;

/** 技能者一覧 with the seed's columns; 削除 is refused by the API for a worker with history. */
export function WorkersTable({ workers, onRefused }: { workers: Worker[]; onRefused: (reason: string) => void }) {
  const employmentTypes = useEmploymentTypes();
  const positions = usePositions();

  return (
    <DataTable striped highlightOnHover withTableBorder fz="sm" label="技能者一覧">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>
            技能者コード
            <br />
            技能者名
          </Table.Th>
          <Table.Th data-wrap="name">所属事業者</Table.Th>
          <Table.Th data-priority="2">
            携帯電話番号
            <br />
            メールアドレス
          </Table.Th>
          <Table.Th data-priority="1">雇用区分</Table.Th>
          <Table.Th>代表職種</Table.Th>
          <Table.Th>
            立場
            <br />
            権限
          </Table.Th>
          <Table.Th>CCUS技能者ID</Table.Th>
          <Table.Th>退職日</Table.Th>
          <Table.Th aria-label="操作" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {workers.map((worker) => (
          <Table.Tr key={worker.id}>
            <Table.Td data-wrap="name">
              <Text size="xs" c="dimmed">
                {worker.code}
              </Text>
              <AnchorLink to="/workers/$workerId" params={{ workerId: worker.id }}>
                {fullName(worker)}
              </AnchorLink>
              <Text size="xs" c="dimmed">
                {fullKana(worker)}
              </Text>
            </Table.Td>
            <Table.Td data-wrap>{worker.business.name}</Table.Td>
            <Table.Td data-wrap>
              <Stack gap={0}>
                {worker.phones.length === 0 ? <Text size="sm">{EMPTY_VALUE}</Text> : null}
                {worker.phones.map((phone) => (
                  <Text key={phone} size="sm">
                    {phone}
                  </Text>
                ))}
                <Text size="xs" c="dimmed">
                  {orEmpty(worker.email)}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>{nameIn(employmentTypes.data, worker.employment_type_code)}</Table.Td>
            <Table.Td data-wrap>{orEmpty(occupationLabel(worker.primary_occupation))}</Table.Td>
            <Table.Td data-wrap>
              <Text size="sm">{orEmpty(nameIn(positions.data, worker.position_code))}</Text>
              <Text size="xs" c="dimmed">
                {orEmpty(labelOf(PERMISSION_OPTIONS, worker.permission))}
              </Text>
            </Table.Td>
            <Table.Td>{orEmpty(worker.ccus_worker_id)}</Table.Td>
            <Table.Td>
              {worker.is_retired ? (
                <Badge color="gray" variant="light">
                  {formatDate(worker.retired_on)}
                </Badge>
              ) : (
                EMPTY_VALUE
              )}
            </Table.Td>
            <Table.Td data-action>
              <WorkerRowActions worker={worker} onRefused={onRefused} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
