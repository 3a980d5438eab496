import { Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';

import { QueryState } from '@/components/page-states';
import { formatDateTime } from '@/lib/format';
import { notifyError, notifySaved } from '@/lib/notify';

import { useEndSession, useMySessions } from '../api/sessions';

/** ログイン中の端末: every live session of this account; any but this one can be ended. A list
 * that wraps rather than a table, so the action stays on screen on a phone. */
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
          <Stack gap="xs" data-sessions>
            {rows.map((row, index) => (
              <Fragment key={row.id}>
                {index > 0 ? <Divider /> : null}
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <div style={{ minWidth: 0, flex: '1 1 16rem' }}>
                    <Text size="sm">
                      ログイン {formatDateTime(row.created_at)}・最終利用 {formatDateTime(row.last_seen_at)}
                    </Text>
                    <Text size="xs" c="dimmed" truncate="end">
                      {row.user_agent || '端末不明'}（{row.client_address}）
                    </Text>
                  </div>
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
                </Group>
              </Fragment>
            ))}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
