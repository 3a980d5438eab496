import { Group, Stack, Text, Title } from '@mantine/core';

import { AnchorLink } from '@/components/links';
import { ListPagination } from '@/components/list-pagination';
import { QueryState } from '@/components/page-states';
import { formatDate } from '@/lib/format';
import { notifyError, notifySaved } from '@/lib/notify';

import { useFailures, useResend, type OutboxEntry } from '../../api/results';
import { KIND_LABELS, type OutboxKind } from '../../labels';

import { BulkResendButton } from './bulk-resend-button';
import { FailuresFilter, type FailureFilters } from './failures-filter';
import { FailuresTable } from './failures-table';
import { FixedEntryNotice } from './fixed-entry-notice';

/** The failed and held records behind the 失敗 and 保留 counts: whose, why, what to fix; 再送 of a selection. */
export function FailuresSection({
  day,
  kind,
  filters,
  fixed,
  page,
  onPage,
  onFilter,
}: {
  day?: string;
  kind?: OutboxKind;
  filters: FailureFilters;
  fixed?: string;
  page: number;
  onPage: (page: number) => void;
  onFilter: (filters: FailureFilters) => void;
}) {
  const { work_from, work_to, ...whose } = filters;
  const apiFilter = { ...whose, date_from: work_from, date_to: work_to, day, kind };
  const failures = useFailures({ ...apiFilter, page }, true);
  const resend = useResend();

  const onResend = async (entry: OutboxEntry) => {
    try {
      await resend.mutateAsync(entry.id);
      notifySaved('再送しました。結果は連携結果一覧に表示されます。');
    } catch (error) {
      notifyError(error, '再送できませんでした');
    }
  };

  const title = ['連携エラー一覧', day ? formatDate(day) : null, kind ? KIND_LABELS[kind] : null]
    .filter(Boolean)
    .join(' ');

  return (
    <Stack gap="xs" mt="xl" component="section" aria-label="連携エラー一覧">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {title}
        </Title>
        <AnchorLink
          to="/ccus/results"
          search={(prev) => ({ date_from: prev.date_from, date_to: prev.date_to })}
          size="sm"
        >
          閉じる
        </AnchorLink>
      </Group>
      {fixed ? <FixedEntryNotice id={fixed} /> : null}
      <FailuresFilter key={JSON.stringify(filters)} search={filters} onSearch={onFilter} />
      <QueryState query={failures} isEmpty={(data) => data.items.length === 0} empty="該当する連携エラーはありません。">
        {(data) => (
          <>
            <Group justify="space-between">
              <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
              <BulkResendButton filter={apiFilter} total={data.pagination.total_count} />
            </Group>
            <FailuresTable
              items={data.items}
              resending={resend.isPending ? resend.variables : undefined}
              onResend={(entry) => void onResend(entry)}
            />
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
            <Text size="xs" c="dimmed">
              修正するとCCUSで再確認し、○になれば該当する保留・失敗の連携を自動で再送します。再送ボタンは通常不要です。
            </Text>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
