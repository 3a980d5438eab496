import { List, Text } from '@mantine/core';

import type { components } from '@/api/schema';
import { QueryState } from '@/components/page-states';
import { formatDate, formatNumber } from '@/lib/format';

import { useRecentResults } from '../api/notices';
import { KIND_LABELS, type OutboxKind } from '../labels';

import { AnchorLink } from '@/components/links';
import { NoticeCard } from './notice-card';

type ResultDay = components['schemas']['ResultDay'];
type Failure = { day: string; kind: OutboxKind; failed: number; held: number };
type Counts = { failed: number; held?: number };

// 失敗 is what CCUS refused; 保留 is what genba holds back (e.g. no 事業者ID): never counted as 失敗.
function failures(days: ResultDay[]): Failure[] {
  return days
    .flatMap((row) =>
      (Object.entries(row.kinds) as [OutboxKind, Counts | undefined][]).map(([kind, counts]) => ({
        day: row.day,
        kind,
        failed: counts?.failed ?? 0,
        held: counts?.held ?? 0,
      })),
    )
    .filter((item) => item.failed > 0 || item.held > 0)
    .sort((a, b) => b.day.localeCompare(a.day));
}

function describe(item: Failure): string {
  return [
    item.failed > 0 ? `失敗 ${formatNumber(item.failed)} 件` : null,
    item.held > 0 ? `保留 ${formatNumber(item.held)} 件` : null,
  ]
    .filter(Boolean)
    .join(' ・ ');
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
            {days.some((row) => Object.values(row.kinds).some((counts) => (counts?.failed ?? 0) > 0)) ? (
              <Text size="sm" c="red" fw={700} mb="xs">
                CCUSが受け付けなかったデータがあります。内容を確認して修正してください。
              </Text>
            ) : (
              <Text size="sm" fw={700} mb="xs">
                送信を保留しているデータがあります。必要な情報を登録すると自動で送信します。
              </Text>
            )}
            <List size="sm" spacing={4}>
              {failures(days).map((item) => (
                <List.Item key={`${item.day}-${item.kind}`}>
                  <AnchorLink
                    to="/ccus/results"
                    search={{ day: item.day, kind: item.kind }}
                    c={item.failed > 0 ? 'red' : undefined}
                  >
                    {formatDate(item.day)} {KIND_LABELS[item.kind]} {describe(item)}
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
