import { Badge, Group, Stack, Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { getRouteApi } from '@tanstack/react-router';

import { CcusStatusBadge } from '@/components/ccus-status-badge';
import { ListPagination } from '@/components/list-pagination';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { formatDateTime } from '@/lib/format';

import { useIdCheckList, type IdCheckEntry } from '../api/id-checks';
import { TABLE_LABELS, type IdCheckTable } from '../labels';

import { EditLink } from './edit-link';
import { RemoteLink } from './remote-link';
import { ResultFilter } from './result-filter';

const route = getRouteApi('/app/ccus/id-checks/$table');

function resultStatus(entry: IdCheckEntry): string {
  if (entry.valid === null) return 'unchecked';
  return entry.valid ? 'valid' : 'invalid';
}

export function IdCheckList({ table }: { table: IdCheckTable }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const labels = TABLE_LABELS[table];
  const list = useIdCheckList(table, { failedOnly: search.result === 'invalid', page: search.page ?? 1 });
  const onPage = (page: number) => void navigate({ search: (prev) => ({ ...prev, page }) });

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
      <ResultFilter result={search.result} onSearch={(result) => void navigate({ search: { result } })} />
      <QueryState
        query={list}
        isEmpty={(data) => data.items.length === 0}
        empty={
          search.result === 'invalid' ? '確認に失敗したIDはありません。' : 'CCUS IDが登録されたデータはありません。'
        }
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
                  <Table.Th>エラーメッセージ</Table.Th>
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
                      <CcusStatusBadge status={resultStatus(entry)} />
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
