import { Table } from '@mantine/core';

import { DataTable } from '@/components/data-table';

import type { OutboxEntry } from '../../api/outbox-types';

import { FailureRow } from './failure-row';

/** The seed's エラー対象者一覧: whose each row is (for 施工体制, every refused or waiting difference), the code, why, and what to fix. */
export function FailuresTable({
  items,
  resending,
  onResend,
}: {
  items: OutboxEntry[];
  resending?: string;
  onResend: (entry: OutboxEntry) => void;
}) {
  return (
    <DataTable striped highlightOnHover withTableBorder fz="sm" label="連携エラー">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>連携日</Table.Th>
          <Table.Th>種別</Table.Th>
          <Table.Th>状態</Table.Th>
          <Table.Th>支店</Table.Th>
          <Table.Th>現場名・現場ID</Table.Th>
          <Table.Th>事業者名・事業者ID</Table.Th>
          <Table.Th>技能者名・技能者ID</Table.Th>
          <Table.Th>入退場日</Table.Th>
          <Table.Th>コード・エラーメッセージ</Table.Th>
          <Table.Th>対応</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((entry) => (
          <FailureRow key={entry.id} entry={entry} resending={resending === entry.id} onResend={onResend} />
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
