import { List, Text } from '@mantine/core';

import { QueryState } from '@/components/page-states';
import { formatNumber } from '@/lib/format';

import { useIdCheckSummary } from '../api/notices';
import { TABLE_LABELS, type IdCheckTable } from '../labels';

import { AnchorLink } from '@/components/links';
import { NoticeCard } from './notice-card';

const TABLES: IdCheckTable[] = ['sites', 'businesses', 'workers'];

export function IdChecksCard() {
  const summary = useIdCheckSummary();
  const failedTables = (data: NonNullable<typeof summary.data>) =>
    TABLES.filter((table) => (data.overall[table]?.failed ?? 0) > 0);
  return (
    <NoticeCard title="CCUSIDの確認エラー" link={<AnchorLink to="/ccus/id-checks">CCUSID有効確認へ</AnchorLink>}>
      <QueryState
        query={summary}
        isEmpty={(data) => failedTables(data).length === 0}
        empty="確認に失敗したCCUS IDはありません。"
      >
        {(data) => (
          <>
            <Text size="sm" mb="xs">
              CCUSで確認できなかったIDがあります。ID・本人確認番号を修正してください。
            </Text>
            <List size="sm" spacing={4}>
              {failedTables(data).map((table) => (
                <List.Item key={table}>
                  <AnchorLink to="/ccus/id-checks/$table" params={{ table }} search={{ result: 'invalid' }} c="red">
                    {TABLE_LABELS[table]} 失敗 {formatNumber(data.overall[table]?.failed ?? 0)} 件
                  </AnchorLink>
                </List.Item>
              ))}
            </List>
          </>
        )}
      </QueryState>
    </NoticeCard>
  );
}
