import { Button, Group, Table } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { Can } from '@/features/auth';
import { usePrefectures } from '@/features/masters';
import { formatDate } from '@/lib/format';

import type { Permit } from '../../api/permits';
import { permitLabel, TRADES } from '../../lib/permit-labels';

const tradeName = (value: string) => TRADES.find((trade) => trade.value === value)?.label ?? value;

export function PermitsTable({
  permits,
  onEdit,
  onRemove,
}: {
  permits: Permit[];
  onEdit: (permit: Permit) => void;
  onRemove: (permit: Permit) => void;
}) {
  const prefectures = usePrefectures();
  const prefectureName = (code: string | null) => prefectures.data?.find((p) => p.code === code)?.name;
  return (
    <DataTable striped withTableBorder fz="sm" label="建設業許可番号一覧">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>建設業許可番号</Table.Th>
          <Table.Th>業種</Table.Th>
          <Table.Th>有効期限</Table.Th>
          <Table.Th aria-label="操作" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {permits.map((permit) => (
          <Table.Tr key={permit.id}>
            <Table.Td>{permitLabel(permit, prefectureName(permit.prefecture_code))}</Table.Td>
            <Table.Td data-wrap>{permit.trades.map(tradeName).join('、')}</Table.Td>
            <Table.Td>{formatDate(permit.expires_on)}</Table.Td>
            <Table.Td data-action>
              <Can scope="registry:write">
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-xs" variant="subtle" onClick={() => onEdit(permit)}>
                    編集
                  </Button>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRemove(permit)}>
                    削除
                  </Button>
                </Group>
              </Can>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
