import { Badge, Button, Card, Table, Text, Title } from '@mantine/core';

import { QueryState } from '@/components/page-states';
import { formatDateTime } from '@/lib/format';
import { notifyError, notifySaved } from '@/lib/notify';

import { useEndSession, useMySessions } from '../api/sessions';

/** ログイン中の端末: every live session of this account; any but this one can be ended. */
export function SessionsCard() {
  const sessions = useMySessions();
  const end = useEndSession();
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        ログイン中の端末
      </Title>
      <QueryState query={sessions}>
        {(rows) => (
          <Table fz="sm" data-sessions>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>ログイン日時</Table.Th>
                <Table.Th>最終利用</Table.Th>
                <Table.Th>端末・接続元</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{formatDateTime(row.created_at)}</Table.Td>
                  <Table.Td>{formatDateTime(row.last_seen_at)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1} maw={280}>
                      {row.user_agent || '不明'}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {row.client_address}
                    </Text>
                  </Table.Td>
                  <Table.Td data-action>
                    {row.current ? (
                      <Badge variant="light">この端末</Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        loading={end.isPending && end.variables === row.id}
                        onClick={() =>
                          end.mutate(row.id, {
                            onSuccess: () => notifySaved('ログインを終了しました。'),
                            onError: (error) => notifyError(error),
                          })
                        }
                      >
                        ログアウトさせる
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Card>
  );
}
