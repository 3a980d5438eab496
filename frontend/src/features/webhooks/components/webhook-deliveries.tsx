import { Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';

import { DataTable } from '@/components/data-table';
import { ListPagination } from '@/components/list-pagination';
import { QueryState } from '@/components/page-states';
import { formatDateTime } from '@/lib/format';
import { notifyError, notifySaved } from '@/lib/notify';

import { DELIVERY_LABELS, EVENT_LABELS } from '../labels';
import { useRedeliverWebhook } from '../api/mutations';
import { useWebhookDeliveries, type EventType, type WebhookDelivery } from '../api/webhooks';

const STATUS_COLORS: Record<WebhookDelivery['status'], string> = {
  pending: 'yellow',
  succeeded: 'green',
  failed: 'red',
};

/** 送信履歴: each delivery's state, tries, last answer and latency, with 再送. */
export function WebhookDeliveries({ endpointId }: { endpointId: string }) {
  const [page, setPage] = useState(1);
  const deliveries = useWebhookDeliveries(endpointId, page);
  const redeliver = useRedeliverWebhook();

  const onRedeliver = async (delivery: WebhookDelivery) => {
    try {
      await redeliver.mutateAsync(delivery.id);
      notifySaved('再送を予約しました。');
    } catch (error) {
      notifyError(error, '再送できませんでした');
    }
  };

  return (
    <QueryState query={deliveries} isEmpty={(data) => data.items.length === 0} empty="送信履歴はまだありません。">
      {(data) => (
        <>
          <ListPagination pagination={data.pagination} shown={data.items.length} onPage={setPage} />
          <DataTable striped withTableBorder fz="sm" label="送信履歴">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>発生日時</Table.Th>
                <Table.Th>イベント</Table.Th>
                <Table.Th>状態</Table.Th>
                <Table.Th>試行</Table.Th>
                <Table.Th>応答</Table.Th>
                <Table.Th>応答時間</Table.Th>
                <Table.Th aria-label="操作" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((delivery) => (
                <Table.Tr key={delivery.id}>
                  <Table.Td>{formatDateTime(delivery.created_at)}</Table.Td>
                  <Table.Td>
                    {EVENT_LABELS[delivery.event_type as EventType] ?? delivery.event_type}
                    <Text size="xs" c="dimmed">
                      {delivery.event_id}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[delivery.status]} variant="light">
                      {DELIVERY_LABELS[delivery.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{delivery.attempts} 回</Table.Td>
                  <Table.Td>{delivery.last_status_code ?? delivery.last_error ?? '—'}</Table.Td>
                  <Table.Td>{delivery.last_latency_ms === null ? '—' : `${delivery.last_latency_ms} ms`}</Table.Td>
                  <Table.Td data-action>
                    <Button size="xs" variant="subtle" onClick={() => void onRedeliver(delivery)}>
                      再送
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        </>
      )}
    </QueryState>
  );
}
