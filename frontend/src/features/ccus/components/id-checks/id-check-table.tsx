import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { Can } from '@/features/auth';
import { formatDateTime } from '@/lib/format';

import type { IdCheckEntry } from '../../api/id-checks';
import { TABLE_LABELS, type IdCheckTable as Kind } from '../../labels';

import { EditLink } from '../edit-link';
import { RemoteLink } from '../remote/remote-link';

// The seed's words: ○ or 失敗, 未確認 before the first check.
const RESULT_BADGES = {
  ok: { label: '○', color: 'green' },
  failed: { label: '失敗', color: 'red' },
  unchecked: { label: '未確認', color: 'gray' },
} as const;

function ResultBadge({ entry }: { entry: IdCheckEntry }) {
  const badge = RESULT_BADGES[entry.result];
  return (
    <Badge color={badge.color} variant="light" aria-label={`結果 ${badge.label}`}>
      {badge.label}
    </Badge>
  );
}

/** One kind's IDs: the name (to its edit page), the ID, the last check, ○ or 失敗 with why, and 確認 now. */
export function IdCheckTable({
  table,
  items,
  checking,
  onCheck,
}: {
  table: Kind;
  items: IdCheckEntry[];
  checking?: string;
  onCheck: (entry: IdCheckEntry) => void;
}) {
  const labels = TABLE_LABELS[table];
  return (
    <DataTable striped highlightOnHover withTableBorder fz="sm" label={labels.list}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{labels.entity}</Table.Th>
          <Table.Th>{labels.ccusId}</Table.Th>
          <Table.Th>最終確認日時</Table.Th>
          <Table.Th>結果</Table.Th>
          <Table.Th data-wrap>エラーメッセージ</Table.Th>
          <Table.Th aria-label="操作" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((entry) => (
          <Table.Tr key={entry.id}>
            <Table.Td>
              <EditLink table={table} id={entry.id}>
                {entry.name}
              </EditLink>
            </Table.Td>
            <Table.Td>{entry.ccus_id}</Table.Td>
            <Table.Td>{formatDateTime(entry.checked_at) || '—'}</Table.Td>
            <Table.Td>
              <ResultBadge entry={entry} />
            </Table.Td>
            <Table.Td maw={420}>
              {entry.error_code || entry.error_message ? (
                <Stack gap={2}>
                  <Group gap={4}>
                    {entry.error_code ? (
                      <Badge color="red" variant="light">
                        {entry.error_code}
                      </Badge>
                    ) : null}
                  </Group>
                  {entry.error_message ? <Text size="sm">{entry.error_message}</Text> : null}
                  {entry.advice ? (
                    <Text size="xs" c="dimmed">
                      対応方法：{entry.advice}
                    </Text>
                  ) : null}
                </Stack>
              ) : null}
            </Table.Td>
            <Table.Td data-action>
              <Group gap="xs" wrap="nowrap">
                <EditLink table={table} id={entry.id}>
                  編集
                </EditLink>
                <RemoteLink table={table} id={entry.id} />
                <Can scope="ccus:write">
                  <Button
                    size="compact-xs"
                    variant="light"
                    loading={checking === entry.id}
                    onClick={() => onCheck(entry)}
                  >
                    確認
                  </Button>
                </Can>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
