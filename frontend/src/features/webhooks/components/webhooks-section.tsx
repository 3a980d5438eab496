import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { DataTable } from '@/components/data-table';
import { QueryState } from '@/components/page-states';
import { formatDateTime } from '@/lib/format';
import { notifyError, notifySaved } from '@/lib/notify';

import { EVENT_LABELS } from '../labels';
import {
  useDeleteWebhookEndpoint,
  useRotateWebhookSecret,
  useSendWebhookTest,
  useSetWebhookEnabled,
} from '../api/mutations';
import { useWebhookEndpoints, type WebhookEndpoint } from '../api/webhooks';

import { WebhookDeliveries } from './webhook-deliveries';
import { WebhookForm } from './webhook-form';
import { WebhookSecret } from './webhook-secret';

type Dialog =
  | { step: 'form' }
  | { step: 'secret'; url: string; secret: string }
  | { step: 'log'; endpoint: WebhookEndpoint }
  | null;

function EndpointState({ endpoint }: { endpoint: WebhookEndpoint }) {
  if (endpoint.enabled)
    return (
      <Badge color="green" variant="light">
        有効
      </Badge>
    );
  return (
    <Badge color={endpoint.disabled_at ? 'red' : 'gray'}>{endpoint.disabled_at ? '送信失敗で停止' : '停止中'}</Badge>
  );
}

/** Webhook: partner endpoints that receive the tenant's events, signed, with a delivery log. */
export function WebhooksSection() {
  const endpoints = useWebhookEndpoints();
  const setEnabled = useSetWebhookEnabled();
  const remove = useDeleteWebhookEndpoint();
  const rotate = useRotateWebhookSecret();
  const test = useSendWebhookTest();
  const [dialog, setDialog] = useState<Dialog>(null);

  const act = async (action: () => Promise<unknown>, done: string, failed: string) => {
    try {
      await action();
      notifySaved(done);
    } catch (error) {
      notifyError(error, failed);
    }
  };
  const onRotate = async (endpoint: WebhookEndpoint) => {
    if (!window.confirm('署名シークレットを再発行しますか？これまでのシークレットも24時間は署名に使われます。')) return;
    try {
      const rotated = await rotate.mutateAsync(endpoint.id);
      setDialog({ step: 'secret', url: rotated.url, secret: rotated.secret });
    } catch (error) {
      notifyError(error, '再発行できませんでした');
    }
  };
  const onDelete = (endpoint: WebhookEndpoint) => {
    if (!window.confirm(`「${endpoint.url}」への送信を削除しますか？`)) return;
    void act(() => remove.mutateAsync(endpoint.id), '削除しました。', '削除できませんでした');
  };

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
                    <Group gap={4}>
                      <Button size="xs" variant="subtle" onClick={() => setDialog({ step: 'log', endpoint })}>
                        送信履歴
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() =>
                          void act(
                            () => test.mutateAsync(endpoint.id),
                            'テスト送信を予約しました。',
                            'テスト送信できませんでした',
                          )
                        }
                      >
                        テスト送信
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() =>
                          void act(
                            () => setEnabled.mutateAsync({ id: endpoint.id, enabled: !endpoint.enabled }),
                            endpoint.enabled ? '停止しました。' : '再開しました。',
                            '変更できませんでした',
                          )
                        }
                      >
                        {endpoint.enabled ? '停止' : '再開'}
                      </Button>
                      <Button size="xs" variant="subtle" onClick={() => void onRotate(endpoint)}>
                        シークレット再発行
                      </Button>
                      <Button size="xs" variant="subtle" color="red" onClick={() => onDelete(endpoint)}>
                        削除
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        )}
      </QueryState>
      <Modal
        opened={dialog !== null}
        onClose={() => (dialog?.step === 'secret' ? undefined : setDialog(null))}
        withCloseButton={dialog?.step !== 'secret'}
        closeOnClickOutside={false}
        title={
          dialog?.step === 'secret'
            ? '署名シークレット'
            : dialog?.step === 'log'
              ? `送信履歴：${dialog.endpoint.url}`
              : 'Webhook送信先の登録'
        }
        size={dialog?.step === 'log' ? 'xl' : 'lg'}
      >
        {dialog?.step === 'form' ? (
          <WebhookForm
            onCreated={(created) => setDialog({ step: 'secret', url: created.url, secret: created.secret })}
            onCancel={() => setDialog(null)}
          />
        ) : null}
        {dialog?.step === 'secret' ? (
          <WebhookSecret url={dialog.url} secret={dialog.secret} onClose={() => setDialog(null)} />
        ) : null}
        {dialog?.step === 'log' ? (
          <>
            {dialog.endpoint.disabled_at ? (
              <Text size="sm" c="red" mb="sm">
                {formatDateTime(dialog.endpoint.disabled_at)}{' '}
                に、送信失敗が続いたため停止しました。受信側を直してから「再開」してください。
              </Text>
            ) : null}
            <WebhookDeliveries endpointId={dialog.endpoint.id} />
          </>
        ) : null}
      </Modal>
    </Stack>
  );
}
