import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';

import { DataTable } from '@/components/data-table';
import { ListPagination } from '@/components/list-pagination';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { Can } from '@/features/auth';
import { formatDateTime } from '@/lib/format';
import { notifyError, notifySaved } from '@/lib/notify';

import { useIdCheckList, type IdCheckEntry, type IdCheckFilter } from '../api/id-checks';
import { useCheckOne } from '../api/outbox';
import { TABLE_LABELS, type IdCheckTable } from '../labels';

import { EditLink } from './edit-link';
import { RemoteLink } from './remote-link';
import { IdCheckFilterForm } from './id-check-filter';

const route = getRouteApi('/app/ccus/id-checks/$table');

// The seed's words: ○ or 失敗, 未確認 before the first check.
const RESULT_BADGES = {
  ok: { label: '○', color: 'green' },
  failed: { label: '失敗', color: 'red' },
  unchecked: { label: '未確認', color: 'gray' },
} as const;

function ResultBadge({ entry }: { entry: IdCheckEntry }) {
  const badge = RESULT_BADGES[entry.result];
  return (
    <Badge color={badge.color} variant="light" aria-label={`結果 ${badge.label}`}>
      {badge.label}
    </Badge>
  );
}

export function IdCheckList({ table }: { table: IdCheckTable }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const labels = TABLE_LABELS[table];
  const { page, result, ...rest } = search;
  const filter: IdCheckFilter = { ...rest, result: result === 'invalid' ? 'failed' : result };
  const list = useIdCheckList(table, { ...filter, page: page ?? 1 });
  const check = useCheckOne(table);
  const onPage = (next: number) => void navigate({ search: (prev) => ({ ...prev, page: next }) });
  const onCheck = async (entry: IdCheckEntry) => {
    try {
      await check.mutateAsync(entry.id);
      notifySaved(`${entry.name} をCCUSで確認しました。`);
    } catch (error) {
      notifyError(error, '確認できませんでした');
    }
  };

  return (
    <>
      <PageHeader
        title={`CCUSID有効確認 ${labels.list}`}
        crumbs={[
          { label: 'マイページ', to: '/me' },
          { label: 'CCUSID有効確認', to: '/ccus/id-checks' },
          { label: labels.list },
        ]}
      />
      <IdCheckFilterForm
        key={JSON.stringify(filter)}
        search={filter}
        withBusiness={table === 'workers'}
        onSearch={(next) => void navigate({ search: next })}
      />
      <QueryState
        query={list}
        isEmpty={(data) => data.items.length === 0}
        empty={filter.result === 'failed' ? '確認に失敗したIDはありません。' : '条件に合うCCUS IDはありません。'}
      >
        {(data) => (
          <>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
            <DataTable striped highlightOnHover withTableBorder fz="sm" label={labels.list}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{labels.entity}</Table.Th>
                  <Table.Th>{labels.ccusId}</Table.Th>
                  <Table.Th>最終確認日時</Table.Th>
                  <Table.Th>結果</Table.Th>
                  <Table.Th data-wrap>エラーメッセージ</Table.Th>
                  <Table.Th aria-label="操作" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>
                      <EditLink table={table} id={entry.id}>
                        {entry.name}
                      </EditLink>
                    </Table.Td>
                    <Table.Td>{entry.ccus_id}</Table.Td>
                    <Table.Td>{formatDateTime(entry.checked_at) || '—'}</Table.Td>
                    <Table.Td>
                      <ResultBadge entry={entry} />
                    </Table.Td>
                    <Table.Td maw={420}>
                      {entry.error_code || entry.error_message ? (
                        <Stack gap={2}>
                          <Group gap={4}>
                            {entry.error_code ? (
                              <Badge color="red" variant="light">
                                {entry.error_code}
                              </Badge>
                            ) : null}
                          </Group>
                          {entry.error_message ? <Text size="sm">{entry.error_message}</Text> : null}
                          {entry.advice ? (
                            <Text size="xs" c="dimmed">
                              対応方法：{entry.advice}
                            </Text>
                          ) : null}
                        </Stack>
                      ) : null}
                    </Table.Td>
                    <Table.Td data-action>
                      <Group gap="xs" wrap="nowrap">
                        <EditLink table={table} id={entry.id}>
                          編集
                        </EditLink>
                        <RemoteLink table={table} id={entry.id} />
                        <Can scope="ccus:write">
                          <Button
                            size="compact-xs"
                            variant="light"
                            loading={check.isPending && check.variables === entry.id}
                            onClick={() => void onCheck(entry)}
                          >
                            確認
                          </Button>
                        </Can>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
          </>
        )}
      </QueryState>
      <Text size="xs" c="dimmed" mt="xs">
        「失敗」のIDは、編集画面でCCUS IDまたは本人確認番号を正しく更新してください。更新後は自動で再確認します。
      </Text>
    </>
  );
}
