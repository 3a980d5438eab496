import { Table, Text, Title } from '@mantine/core';

import { DataTable } from '@/components/data-table';

import { formatNumber } from '@/lib/format';

import type { IdCheckSummary } from '../../api/id-checks';
import { ID_CHECK_TABLES, TABLE_LABELS } from '../../labels';

import { AnchorLink } from '@/components/links';

type Counts = IdCheckSummary['week'];

/** 成功 / 失敗 / 合計 per 現場・事業者・技能者, as in the seed; each links to its list. */
export function IdCheckCountsTable({
  title,
  counts,
  remaining,
}: {
  title: string;
  counts: Counts;
  remaining?: IdCheckSummary['remaining'];
}) {
  return (
    <>
      <Title order={3} size="h5" mt="md" mb="xs">
        {title}
      </Title>
      <DataTable striped highlightOnHover withTableBorder fz="sm" maw={560} label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">成功</Table.Th>
            <Table.Th ta="right">失敗</Table.Th>
            <Table.Th ta="right">合計</Table.Th>
            {remaining ? <Table.Th ta="right">未確認</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ID_CHECK_TABLES.map((table) => {
            const row = counts[table] ?? { succeeded: 0, failed: 0, total: 0 };
            const label = TABLE_LABELS[table].entity;
            return (
              <Table.Tr key={table}>
                <Table.Td>
                  <AnchorLink to="/ccus/id-checks/$table" params={{ table }}>
                    {label}
                  </AnchorLink>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(row.succeeded)}</Table.Td>
                <Table.Td ta="right">
                  {row.failed > 0 ? (
                    <AnchorLink
                      to="/ccus/id-checks/$table"
                      params={{ table }}
                      search={{ result: 'invalid' }}
                      c="red"
                      fw={700}
                      aria-label={`${title} ${label} 失敗 ${row.failed} 件`}
                    >
                      {formatNumber(row.failed)}
                    </AnchorLink>
                  ) : (
                    <Text span size="sm">
                      0
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(row.total)}</Table.Td>
                {remaining ? <Table.Td ta="right">{formatNumber(remaining[table] ?? 0)}</Table.Td> : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </DataTable>
    </>
  );
}
