import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { DataTable } from '@/components/data-table';
import { QueryState } from '@/components/page-states';
import { formatDateTime } from '@/lib/format';

import { useWebhookEndpoints } from '../api/webhooks';
import { EVENT_LABELS } from '../labels';

import { EndpointActions } from './endpoint-actions';
import { EndpointState } from './endpoint-state';
import { WebhookDialog, type Dialog } from './webhook-dialog';

/** Webhook: partner endpoints that receive the tenant's events, signed, with a delivery log. */
export function WebhooksSection() {
  const endpoints = useWebhookEndpoints();
  const [dialog, setDialog] = useState<Dialog>(null);

  return (
    <Stack component="section" aria-label="Webhook" mt="xl">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Webhook
        </Title>
        <Button variant="light" onClick={() => setDialog({ step: 'form' })}>
          送信先を登録
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        就業履歴やCCUS連携の結果を、連携先のURLへ署名付きでお知らせします。失敗した送信は72時間再送します。
      </Text>
      <QueryState
        query={endpoints}
        isEmpty={(data) => data.items.length === 0}
        empty="送信先はまだ登録されていません。"
      >
        {(data) => (
          <DataTable striped highlightOnHover withTableBorder fz="sm" label="Webhook送信先一覧">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>送信先URL</Table.Th>
                <Table.Th>イベント</Table.Th>
                <Table.Th>状態</Table.Th>
                <Table.Th>登録日時</Table.Th>
                <Table.Th aria-label="操作" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((endpoint) => (
                <Table.Tr key={endpoint.id}>
                  <Table.Td>
                    <code>{endpoint.url}</code>
                    {endpoint.description ? (
                      <Text size="xs" c="dimmed">
                        {endpoint.description}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{endpoint.event_types.map((type) => EVENT_LABELS[type]).join('、')}</Table.Td>
                  <Table.Td>
                    <EndpointState endpoint={endpoint} />
                  </Table.Td>
                  <Table.Td>{formatDateTime(endpoint.created_at)}</Table.Td>
                  <Table.Td data-action>
                    <EndpointActions
                      endpoint={endpoint}
                      onLog={() => setDialog({ step: 'log', endpoint })}
                      onSecret={(url, secret) => setDialog({ step: 'secret', url, secret })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        )}
      </QueryState>
      <WebhookDialog dialog={dialog} onDialog={setDialog} />
    </Stack>
  );
}
