import { Button, Stack, Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { getRouteApi } from '@tanstack/react-router';

import { CcusStatusBadge } from '@/components/ccus-status-badge';
import { Can } from '@/features/auth';
import { ListPagination } from '@/components/list-pagination';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { formatDateTime } from '@/lib/format';
import { notifyError, notifySaved } from '@/lib/notify';

import { useCancelReservation, useReservations } from '../api/reservations';
import type { OutboxEntry } from '../api/results';
import { fixTargets } from '../fix-targets';
import { KIND_LABELS } from '../labels';

import { EntryTarget } from './entry-target';
import { FixLink } from './fix-link';
import { KindFilter } from './kind-filter';

const route = getRouteApi('/app/ccus/reservations');

export function ReservationsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const reservations = useReservations({ kind: search.kind, page: search.page ?? 1 });
  const cancel = useCancelReservation();

  const onCancel = async (entry: OutboxEntry) => {
    if (!window.confirm(`この${KIND_LABELS[entry.kind]}の連携をキャンセルしますか？`)) return;
    try {
      await cancel.mutateAsync(entry.id);
      notifySaved('連携をキャンセルしました。');
    } catch (error) {
      notifyError(error, '連携をキャンセルできませんでした');
    }
  };
  const onPage = (page: number) => void navigate({ search: (prev) => ({ ...prev, page }) });

  return (
    <>
      <PageHeader title="連携予約" crumbs={[{ label: 'マイページ', to: '/me' }, { label: '連携予約' }]} />
      <Text size="sm" c="dimmed" mb="sm">
        CCUSへの送信を待っている連携です。送信前であれば連携キャンセルできます。保留は、CCUS
        IDの確認が済むまで送信を止めている連携です。
      </Text>
      <KindFilter kind={search.kind} onSearch={(kind) => void navigate({ search: { kind } })} />
      <QueryState query={reservations} isEmpty={(data) => data.items.length === 0} empty="送信待ちの連携はありません。">
        {(data) => (
          <>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
            <DataTable striped highlightOnHover withTableBorder fz="sm" label="連携予約一覧">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>種別</Table.Th>
                  <Table.Th>対象</Table.Th>
                  <Table.Th>送信予定日時</Table.Th>
                  <Table.Th>状態</Table.Th>
                  <Table.Th>理由</Table.Th>
                  <Table.Th aria-label="操作" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{KIND_LABELS[entry.kind]}</Table.Td>
                    <Table.Td>
                      <EntryTarget entry={entry} />
                    </Table.Td>
                    <Table.Td>{formatDateTime(entry.scheduled_for)}</Table.Td>
                    <Table.Td>
                      <CcusStatusBadge status={entry.status} />
                    </Table.Td>
                    <Table.Td maw={360}>
                      {entry.error_code || entry.advice ? (
                        <Stack gap="xs">
                          {entry.error_message ? <Text size="sm">{entry.error_message}</Text> : null}
                          {entry.advice ? (
                            <Text size="xs" c="dimmed">
                              対応方法：{entry.advice}
                            </Text>
                          ) : null}
                          {fixTargets(entry).map((target) => (
                            <FixLink key={`${target.type}-${target.id}`} target={target} />
                          ))}
                        </Stack>
                      ) : null}
                    </Table.Td>
                    <Table.Td data-action>
                      <Can scope="ccus:write">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          loading={cancel.isPending && cancel.variables === entry.id}
                          onClick={() => void onCancel(entry)}
                        >
                          連携キャンセル
                        </Button>
                      </Can>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
