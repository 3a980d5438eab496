import { Badge, Checkbox, Table, Text } from '@mantine/core';

import type { DiffRow } from '../../remote-rows';

/** 項目 / genba / CCUS with differing rows highlighted and, where possible, chosen for taking over. */
export function RemoteDiffTable({
  rows,
  selected,
  onToggle,
}: {
  rows: DiffRow[];
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
}) {
  return (
    <Table withTableBorder withColumnBorders fz="sm" aria-label="CCUSとの比較">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={70}>反映</Table.Th>
          <Table.Th>項目</Table.Th>
          <Table.Th>genba</Table.Th>
          <Table.Th>CCUS</Table.Th>
          <Table.Th w={110}>比較</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key} bg={row.differs ? 'yellow.1' : undefined} data-differs={row.differs}>
            <Table.Td>
              {row.patch ? (
                <Checkbox
                  aria-label={`${row.label}をCCUSの値にする`}
                  checked={selected.has(row.key)}
                  onChange={() => onToggle(row.key)}
                />
              ) : null}
            </Table.Td>
            <Table.Td fw={row.differs ? 700 : undefined}>{row.label}</Table.Td>
            <Table.Td>
              {row.compared ? (
                row.ours || (
                  <Text span c="dimmed" size="sm">
                    (未入力)
                  </Text>
                )
              ) : (
                <Text span c="dimmed" size="sm">
                  —
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {row.ccus || (
                <Text span c="dimmed" size="sm">
                  (未登録)
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {row.differs ? (
                <Badge color="orange" variant="light">
                  差異あり
                </Badge>
              ) : row.compared ? (
                <Text span size="sm" c="dimmed">
                  一致
                </Text>
              ) : (
                <Text span size="xs" c="dimmed">
                  参考
                </Text>
              )}
              {row.differs && !row.patch ? (
                <Text size="xs" c="dimmed">
                  編集画面で修正
                </Text>
              ) : null}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
