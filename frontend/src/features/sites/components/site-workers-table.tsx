import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';

import { DataTable } from '@/components/data-table';
import { EMPTY_VALUE, orEmpty } from '@/lib/format';

import { useCan } from '@/features/auth';
import {
  occupationLabel,
  useEmploymentTypes,
  useInsuranceValues,
  useOccupations,
  usePositions,
} from '@/features/masters';

import type { SiteWorker } from '../api/site-workers';

import { WORKER_INSURANCE_KINDS } from './site-worker-values';

/** 施工体制技能者一覧 as the seed lays it out: 編集 and 削除, the worker, 職種 and 立場, 保険加入状況. */
export function SiteWorkersTable({
  rows,
  businessName,
  onEdit,
  onRemove,
}: {
  rows: SiteWorker[];
  businessName: (businessId: string) => string;
  onEdit: (row: SiteWorker) => void;
  onRemove: (row: SiteWorker) => void;
}) {
  const canWrite = useCan('registry:write');
  const occupations = useOccupations();
  const positions = usePositions();
  const employmentTypes = useEmploymentTypes();
  const insuranceValues = useInsuranceValues();
  const occupationName = (id: string) => {
    const occupation = occupations.data?.find((o) => o.id === id);
    return occupation ? occupationLabel(occupation) : '';
  };
  const positionName = (code: string | null) => (code && positions.data?.find((p) => p.code === code)?.name) ?? '';
  const employmentName = (code: string) => employmentTypes.data?.find((t) => t.code === code)?.name ?? '';
  const insuranceName = (kind: string, code: string | null | undefined) =>
    code ? (insuranceValues.data?.find((v) => v.kind === kind && v.code === code)?.name ?? code) : EMPTY_VALUE;

  return (
    <DataTable striped highlightOnHover withTableBorder withColumnBorders fz="sm" label="施工体制技能者一覧">
      <Table.Thead>
        <Table.Tr>
          <Table.Th rowSpan={2}>
            技能者名
            <br />
            技能者コード・カナ
          </Table.Th>
          <Table.Th rowSpan={2}>携帯電話番号</Table.Th>
          <Table.Th rowSpan={2} data-wrap="name">
            所属事業者
          </Table.Th>
          <Table.Th rowSpan={2}>雇用区分</Table.Th>
          <Table.Th rowSpan={2}>
            職種
            <br />
            立場
          </Table.Th>
          <Table.Th rowSpan={2}>スポット技能者</Table.Th>
          <Table.Th colSpan={4}>保険加入状況</Table.Th>
          <Table.Th rowSpan={2}>入退場有無</Table.Th>
          <Table.Th rowSpan={2} aria-label="操作" />
        </Table.Tr>
        <Table.Tr>
          {WORKER_INSURANCE_KINDS.map(([kind, label]) => (
            <Table.Th key={kind}>{label}</Table.Th>
          ))}
          <Table.Th>特別加入労災保険</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const name = `${row.worker.family_name} ${row.worker.given_name}`;
          return (
            <Table.Tr key={row.id} data-testid="site-worker-row">
              <Table.Td data-wrap="name">
                <Anchor
                  size="sm"
                  renderRoot={(props) => (
                    <Link to="/workers/$workerId" params={{ workerId: row.worker.id }} {...props} />
                  )}
                >
                  {name}
                </Anchor>
                {row.worker.retired_on ? (
                  <Badge ml={4} size="xs" color="gray" variant="light">
                    退職
                  </Badge>
                ) : null}
                <Text size="xs" c="dimmed">
                  <span>{row.worker.code}</span>・<span>{`${row.worker.family_kana} ${row.worker.given_kana}`}</span>
                </Text>
              </Table.Td>
              <Table.Td>{orEmpty(row.phone)}</Table.Td>
              <Table.Td>{businessName(row.business_id)}</Table.Td>
              <Table.Td>{employmentName(row.worker.employment_type_code)}</Table.Td>
              <Table.Td data-wrap="name">
                {orEmpty(occupationName(row.occupation_id))}
                <Text size="xs" c="dimmed">
                  {orEmpty(positionName(row.position_code))}
                </Text>
              </Table.Td>
              <Table.Td ta="center">{row.is_spot ? '○' : EMPTY_VALUE}</Table.Td>
              {WORKER_INSURANCE_KINDS.map(([kind]) => (
                <Table.Td key={kind}>{insuranceName(kind, row.insurance[kind])}</Table.Td>
              ))}
              <Table.Td ta="center">{row.special_accident_insurance ? '○' : '×'}</Table.Td>
              <Table.Td ta="center">{row.has_attendance ? '有' : '無'}</Table.Td>
              <Table.Td data-action>
                {canWrite ? (
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="light" onClick={() => onEdit(row)} aria-label={`${name}を編集`}>
                      編集
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => onRemove(row)}
                      aria-label={`${name}を削除`}
                    >
                      削除
                    </Button>
                  </Group>
                ) : null}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </DataTable>
  );
}
