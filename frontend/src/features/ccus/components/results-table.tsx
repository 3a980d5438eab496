import { Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data-table';

import { formatDate, formatNumber } from '@/lib/format';

import type { ResultDay } from '../api/results';
import { KIND_LABELS, KIND_ORDER, type OutboxKind } from '../labels';

import { AnchorLink } from '@/components/links';

/** 連携日 × 就業履歴 / 現場情報 / … with 処理・成功・失敗; a 失敗 count opens the failed records. */
export function ResultsTable({ days, selected }: { days: ResultDay[]; selected: { day?: string; kind?: OutboxKind } }) {
  return (
    <DataTable striped highlightOnHover withTableBorder withColumnBorders fz="sm" label="CCUS連携結果一覧">
      <Table.Thead>
        <Table.Tr>
          <Table.Th rowSpan={2}>連携日</Table.Th>
          {KIND_ORDER.map((kind) => (
            <Table.Th key={kind} colSpan={3} ta="center">
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
          ])}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {days.map((row) => (
          <Table.Tr key={row.day}>
            <Table.Td>{formatDate(row.day)}</Table.Td>
            {KIND_ORDER.flatMap((kind) => {
              const counts = row.kinds[kind] ?? { processed: 0, succeeded: 0, failed: 0 };
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
              ];
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
