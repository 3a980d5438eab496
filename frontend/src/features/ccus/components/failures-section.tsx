import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { Can } from '@/features/auth';

import { CcusStatusBadge } from '@/components/ccus-status-badge';
import { ListPagination } from '@/components/list-pagination';
import { QueryState } from '@/components/page-states';
import { formatDate, orEmpty } from '@/lib/format';
import { notifyError, notifySaved } from '@/lib/notify';

import { useFailures, useResend, type OutboxEntry } from '../api/results';
import { fixTargets } from '../fix-targets';
import { KIND_LABELS, type OutboxKind } from '../labels';

import { AnchorLink } from '@/components/links';

import { FixLink } from './fix-link';

function Cell({ value }: { value: string | null | undefined }) {
  return <Table.Td>{orEmpty(value)}</Table.Td>;
}

/** A site, business or worker with its CCUS ID under the name. */
function EntityCell({ entity }: { entity: { name: string | null; ccus_id: string | null } | null }) {
  if (!entity) return <Cell value={null} />;
  return (
    <Table.Td data-wrap="name">
      {orEmpty(entity.name)}
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {orEmpty(entity.ccus_id)}
      </Text>
    </Table.Td>
  );
}

/** The failed (and held) records behind a 失敗 count, with what to fix and 再送. */
export function FailuresSection({
  day,
  kind,
  page,
  onPage,
}: {
  day?: string;
  kind?: OutboxKind;
  page: number;
  onPage: (page: number) => void;
}) {
  const failures = useFailures({ day, kind, page }, true);
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
          search={(prev) => ({ ...prev, day: undefined, kind: undefined, page: undefined })}
          size="sm"
        >
          閉じる
        </AnchorLink>
      </Group>
      <QueryState query={failures} isEmpty={(data) => data.items.length === 0} empty="該当する連携エラーはありません。">
        {(data) => (
          <>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
            <DataTable striped highlightOnHover withTableBorder fz="sm" label="連携エラー">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>連携日</Table.Th>
                  <Table.Th>種別</Table.Th>
                  <Table.Th>
                    現場名
                    <br />
                    現場CCUSID
                  </Table.Th>
                  <Table.Th>
                    事業者名
                    <br />
                    事業者CCUSID
                  </Table.Th>
                  <Table.Th>
                    技能者名
                    <br />
                    技能者CCUSID
                  </Table.Th>
                  <Table.Th>入退場日</Table.Th>
                  <Table.Th>エラーメッセージ</Table.Th>
                  <Table.Th>対応</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Cell value={formatDate(entry.resolved_at ?? entry.scheduled_for)} />
                    <Cell value={KIND_LABELS[entry.kind]} />
                    <EntityCell entity={entry.site} />
                    <EntityCell entity={entry.business} />
                    <EntityCell entity={entry.worker} />
                    <Cell value={formatDate(entry.work_date)} />
                    <Table.Td data-wrap>
                      <Stack gap={4}>
                        <Group gap={4}>
                          {entry.error_code ? (
                            <Badge color="red" variant="light">
                              {entry.error_code}
                            </Badge>
                          ) : null}
                          {entry.status === 'held' ? <CcusStatusBadge status="held" /> : null}
                        </Group>
                        {entry.error_message ? <Text size="sm">{entry.error_message}</Text> : null}
                        {entry.advice ? (
                          <Text size="xs" c="dimmed">
                            対応方法：{entry.advice}
                          </Text>
                        ) : null}
                      </Stack>
                    </Table.Td>
                    <Table.Td data-action>
                      <Stack gap={4} align="flex-start">
                        {fixTargets(entry).map((target) => (
                          <FixLink key={`${target.type}-${target.id}`} target={target} />
                        ))}
                        <Can scope="ccus:write">
                          <Button
                            size="compact-xs"
                            variant="light"
                            loading={resend.isPending && resend.variables === entry.id}
                            onClick={() => void onResend(entry)}
                          >
                            再送
                          </Button>
                        </Can>
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
