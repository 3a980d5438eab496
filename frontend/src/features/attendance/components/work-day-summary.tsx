import { Badge, Group, Paper, Table, Text } from '@mantine/core';

import { CcusStatusBadge } from '@/components/ccus-status-badge';
import { formatDate, formatDateTime } from '@/lib/format';

import type { WorkDay } from '../api/work-days';
import { DAY_STATE_LABELS, SOURCE_LABELS } from '../labels';

import { AnchorLink } from '@/components/links';

import { WorkDayCcusFailure } from './work-day-ccus-failure';

/** What the day is (who, where, when, from where) and where it stands with CCUS. */
export function WorkDaySummary({ day }: { day: WorkDay }) {
  return (
    <Paper withBorder p="md" mb="md">
      <Table variant="vertical" withTableBorder fz="sm" layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={140}>就業日</Table.Th>
            <Table.Td>{formatDate(day.work_date)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>現場</Table.Th>
            <Table.Td>
              <AnchorLink to="/sites/$siteId" params={{ siteId: day.site.id }}>
                {day.site.code} {day.site.name}
              </AnchorLink>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>事業者</Table.Th>
            <Table.Td>{day.business.name}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>技能者</Table.Th>
            <Table.Td>
              <AnchorLink to="/workers/$workerId" params={{ workerId: day.worker.id }}>
                {day.worker.name}
              </AnchorLink>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>状態</Table.Th>
            <Table.Td>
              <Group gap="xs">
                <Badge variant="outline" color={day.state === 'complete' ? 'gray' : 'orange'}>
                  {DAY_STATE_LABELS[day.state]}
                </Badge>
                <Text size="sm" c="dimmed">
                  登録元: {SOURCE_LABELS[day.source] ?? day.source}
                </Text>
              </Group>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>CCUS連携</Table.Th>
            <Table.Td>
              <Group gap="xs">
                <CcusStatusBadge status={day.ccus_state} errorCode={day.ccus_hold_code ?? day.ccus_error_code} />
                {day.ccus_checked_at ? (
                  <Text size="sm" c="dimmed">
                    最終確認 {formatDateTime(day.ccus_checked_at)}
                  </Text>
                ) : null}
              </Group>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <WorkDayCcusFailure day={day} />
    </Paper>
  );
}
