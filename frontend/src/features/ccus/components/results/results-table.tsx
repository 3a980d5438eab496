import { Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { formatDate, formatNumber } from '@/lib/format';

import type { KindCounts } from '../../api/outbox-types';
import type { ResultDay } from '../../api/results';
import { KIND_LABELS, KIND_ORDER, type OutboxKind } from '../../labels';

import { AnchorLink } from '@/components/links';

/**
 * 連携日 × 就業履歴 / 現場情報 / … with 処理・成功・失敗・保留: 失敗 is what CCUS refused, 保留 what genba
 * holds back before sending; either count opens those records.
 */
export function ResultsTable({ days, selected }: { days: ResultDay[]; selected: { day?: string; kind?: OutboxKind } }) {
  return (
    <DataTable striped highlightOnHover withTableBorder withColumnBorders fz="sm" label="CCUS連携結果一覧">
      <Table.Thead>
        <Table.Tr>
          <Table.Th rowSpan={2}>連携日</Table.Th>
          {KIND_ORDER.map((kind) => (
            <Table.Th key={kind} colSpan={4} ta="center">
              {KIND_LABELS[kind]}
            </Table.Th>
          ))}
        </Table.Tr>
        <Table.Tr>
          {KIND_ORDER.flatMap((kind) => [
            <Table.Th key={`${kind}-p`} ta="right">
              処理
            </Table.Th>,
            <Table.Th key={`${kind}-s`} ta="right">
              成功
            </Table.Th>,
            <Table.Th key={`${kind}-f`} ta="right">
              失敗
            </Table.Th>,
            <Table.Th key={`${kind}-h`} ta="right">
              保留
            </Table.Th>,
          ])}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {days.map((row) => (
          <Table.Tr key={row.day}>
            <Table.Td>{formatDate(row.day)}</Table.Td>
            {KIND_ORDER.flatMap((kind) => {
              const counts: KindCounts = row.kinds[kind] ?? { processed: 0, succeeded: 0, failed: 0, held: 0 };
              const { held } = counts;
              const isSelected = selected.day === row.day && selected.kind === kind;
              return [
                <Table.Td key={`${kind}-p`} ta="right">
                  {formatNumber(counts.processed)}
                </Table.Td>,
                <Table.Td key={`${kind}-s`} ta="right">
                  {formatNumber(counts.succeeded)}
                </Table.Td>,
                <Table.Td key={`${kind}-f`} ta="right" bg={isSelected ? 'red.0' : undefined}>
                  {counts.failed > 0 ? (
                    <AnchorLink
                      to="/ccus/results"
                      search={(prev) => ({ ...prev, day: row.day, kind, page: undefined })}
                      c="red"
                      fw={700}
                      size="sm"
                      aria-label={`${formatDate(row.day)} ${KIND_LABELS[kind]} 失敗 ${counts.failed} 件`}
                    >
                      {formatNumber(counts.failed)}
                    </AnchorLink>
                  ) : (
                    <Text span size="sm">
                      0
                    </Text>
                  )}
                </Table.Td>,
                <Table.Td key={`${kind}-h`} ta="right" bg={isSelected ? 'yellow.0' : undefined}>
                  {held > 0 ? (
                    <AnchorLink
                      to="/ccus/results"
                      search={(prev) => ({ ...prev, day: row.day, kind, page: undefined })}
                      c="yellow.9"
                      fw={700}
                      size="sm"
                      aria-label={`${formatDate(row.day)} ${KIND_LABELS[kind]} 保留 ${held} 件`}
                    >
                      {formatNumber(held)}
                    </AnchorLink>
                  ) : (
                    <Text span size="sm">
                      0
                    </Text>
                  )}
                </Table.Td>,
              ];
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
