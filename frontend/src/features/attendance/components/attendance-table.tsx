import { Badge, Table } from '@mantine/core';

import { DataTable } from '@/components/data-table';

import { CcusStatusBadge } from '@/components/ccus-status-badge';
import { formatDate, orEmpty } from '@/lib/format';

import type { WorkDay } from '../api/work-days';
import { DAY_STATE_LABELS, SOURCE_LABELS } from '../labels';
import { dayTime } from '../utils/times';
import { useMasterLabels } from '../utils/use-master-labels';

import { AnchorLink, ButtonLink } from '@/components/links';

const STATE_COLORS = { complete: 'gray', open: 'orange', exit_only: 'orange' } as const;

export function AttendanceTable({ items }: { items: WorkDay[] }) {
  const masters = useMasterLabels();
  return (
    <DataTable striped highlightOnHover withTableBorder fz="sm" label="就業履歴一覧">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>就業日</Table.Th>
          <Table.Th data-wrap="name">現場</Table.Th>
          <Table.Th data-wrap="name">事業者</Table.Th>
          <Table.Th data-wrap="name">技能者</Table.Th>
          <Table.Th data-wrap="name">職種</Table.Th>
          <Table.Th data-wrap="name">立場</Table.Th>
          <Table.Th>入場時刻</Table.Th>
          <Table.Th>退場時刻</Table.Th>
          <Table.Th>状態</Table.Th>
          <Table.Th>CCUS連携</Table.Th>
          <Table.Th data-priority="1">登録元</Table.Th>
          <Table.Th aria-label="操作" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((day) => (
          <Table.Tr key={day.id}>
            <Table.Td>{formatDate(day.work_date)}</Table.Td>
            <Table.Td>
              <AnchorLink to="/sites/$siteId" params={{ siteId: day.site.id }} size="sm">
                {day.site.name}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{day.business.name}</Table.Td>
            <Table.Td>
              <AnchorLink to="/workers/$workerId" params={{ workerId: day.worker.id }} size="sm">
                {day.worker.name}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{orEmpty(masters.occupation(day.occupation_id))}</Table.Td>
            <Table.Td>{orEmpty(masters.position(day.position_code))}</Table.Td>
            <Table.Td>{orEmpty(dayTime(day.entry_at, day.work_date))}</Table.Td>
            <Table.Td>{orEmpty(dayTime(day.exit_at, day.work_date))}</Table.Td>
            <Table.Td>
              <Badge variant="outline" color={STATE_COLORS[day.state]}>
                {DAY_STATE_LABELS[day.state]}
              </Badge>
            </Table.Td>
            <Table.Td>
              <CcusStatusBadge
                status={day.ccus_state}
                errorCode={day.ccus_hold_code ?? day.ccus_error_code}
                errorMessage={day.ccus_error_message}
              />
            </Table.Td>
            <Table.Td>{SOURCE_LABELS[day.source] ?? day.source}</Table.Td>
            <Table.Td data-action>
              <ButtonLink to="/attendance/$workDayId" params={{ workDayId: day.id }} size="xs" variant="subtle">
                編集
              </ButtonLink>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
