import { List, Text } from '@mantine/core';

import type { components } from '@/api/schema';
import { QueryState } from '@/components/page-states';
import { formatDate, formatNumber } from '@/lib/format';

import { useRecentResults } from '../api/notices';
import { KIND_LABELS, type OutboxKind } from '../labels';

import { AnchorLink } from '@/components/links';
import { NoticeCard } from './notice-card';

type ResultDay = components['schemas']['ResultDay'];
type Failure = { day: string; kind: OutboxKind; failed: number };

function failures(days: ResultDay[]): Failure[] {
  return days
    .flatMap((row) =>
      (Object.entries(row.kinds) as [OutboxKind, { failed: number } | undefined][]).map(([kind, counts]) => ({
        day: row.day,
        kind,
        failed: counts?.failed ?? 0,
      })),
    )
    .filter((item) => item.failed > 0)
    .sort((a, b) => b.day.localeCompare(a.day));
}

export function CcusFailuresCard({ from, to }: { from: string; to: string }) {
  const results = useRecentResults(from, to);
  return (
    <NoticeCard title="CCUS連携エラー(直近7日間)" link={<AnchorLink to="/ccus/results">連携結果一覧へ</AnchorLink>}>
      <QueryState
        query={results}
        isEmpty={(days) => failures(days).length === 0}
        empty="直近7日間の連携エラーはありません。"
      >
        {(days) => (
          <>
            <Text size="sm" c="red" fw={700} mb="xs">
              CCUSに送信できなかったデータがあります。内容を確認して修正・再送してください。
            </Text>
            <List size="sm" spacing={4}>
              {failures(days).map((item) => (
                <List.Item key={`${item.day}-${item.kind}`}>
                  <AnchorLink to="/ccus/results" search={{ day: item.day, kind: item.kind }} c="red">
                    {formatDate(item.day)} {KIND_LABELS[item.kind]} 失敗 {formatNumber(item.failed)} 件
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
