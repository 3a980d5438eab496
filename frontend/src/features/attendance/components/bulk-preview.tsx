import { Button, Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { formatNumber } from '@/lib/format';

import type { PreviewLine } from '../utils/bulk';
import { useMasterLabels } from '../utils/use-master-labels';

const slashed = (value: string) => value.replace('T', ' ').replaceAll('-', '/');

/**
 * 登録開始's preview: the work days that will be saved, one line per worker per day as the seed
 * lists them; a single day can be removed (削除) before saving. A refused line shows why.
 */
export function BulkPreview({
  lines,
  errors,
  onRemove,
}: {
  lines: PreviewLine[];
  errors: Map<number, string[]>;
  onRemove: (key: string) => void;
}) {
  const masters = useMasterLabels();
  if (lines.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        登録する就業履歴がありません。キャンセルして条件を入力し直してください。
      </Text>
    );
  }
  return (
    <>
      <Text size="sm" mb="xs" data-testid="bulk-count">
        登録される就業履歴: {formatNumber(lines.length)} 件
      </Text>
      <DataTable striped highlightOnHover withTableBorder fz="sm" label="登録される就業履歴">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>所属/事業所</Table.Th>
            <Table.Th>技能者</Table.Th>
            <Table.Th>職種</Table.Th>
            <Table.Th>立場</Table.Th>
            <Table.Th>入場日時</Table.Th>
            <Table.Th>退場日時</Table.Th>
            <Table.Th>削除</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, index) => {
            const problems = errors.get(index);
            // The label until the worker's record has filled the name: "水本 林男(コムテックス株式会社)".
            const name = line.row.worker_name || (line.row.worker_label.split('(')[0] ?? '');
            return (
              <Table.Tr key={line.key} aria-invalid={problems ? true : undefined}>
                <Table.Td>{line.row.business_label}</Table.Td>
                <Table.Td>
                  {name}
                  {problems?.map((problem) => (
                    <Text key={problem} size="xs" c="red" role="alert">
                      {problem}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>{masters.occupation(line.row.occupation_id)}</Table.Td>
                <Table.Td>{masters.position(line.row.position_code)}</Table.Td>
                <Table.Td>{slashed(line.entry)}</Table.Td>
                <Table.Td>{line.exit ? slashed(line.exit) : '(退場前)'}</Table.Td>
                <Table.Td data-action>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={`${name} ${slashed(line.date)} を削除`}
                    onClick={() => onRemove(line.key)}
                  >
                    削除
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </DataTable>
    </>
  );
}
