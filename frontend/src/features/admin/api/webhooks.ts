import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type WebhookEndpoint = components['schemas']['WebhookEndpoint'];
export type WebhookEndpointCreate = components['schemas']['WebhookEndpointCreate'];
export type WebhookEndpointWithSecret = components['schemas']['WebhookEndpointWithSecret'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type EventType = components['schemas']['EventType'];

export const webhookKeys = {
  all: ['webhooks'] as const,
  endpoints: () => [...webhookKeys.all, 'endpoints'] as const,
  deliveries: (endpointId: string, page: number) => [...webhookKeys.all, 'deliveries', endpointId, { page }] as const,
};

export const EVENT_LABELS: Record<EventType, string> = {
  'work_day.created': '就業履歴の登録',
  'work_day.changed': '就業履歴の変更',
  'work_day.deleted': '就業履歴の削除',
  'ccus_record.accepted': 'CCUS連携 成功',
  'ccus_record.rejected': 'CCUS連携 エラー',
  'id_check.failed': 'CCUSID確認エラー',
  'import.finished': '一括取込の完了',
  'structure.changed': '施工体制の変更',
  'webhook.test': 'テスト送信',
};

export const SUBSCRIBABLE = (Object.keys(EVENT_LABELS) as EventType[]).filter((type) => type !== 'webhook.test');

export const DELIVERY_LABELS: Record<WebhookDelivery['status'], string> = {
  pending: '再送待ち',
  succeeded: '成功',
  failed: '失敗',
};

export const webhookEndpointsQueryOptions = () =>
  queryOptions({
    queryKey: webhookKeys.endpoints(),
    queryFn: () => unwrap(api.GET('/api/v1/webhooks/endpoints', { params: { query: { page: 1, limit: 50 } } })),
  });

export function useWebhookEndpoints() {
  return useQuery(webhookEndpointsQueryOptions());
}

export function useWebhookDeliveries(endpointId: string, page: number) {
  return useQuery({
    queryKey: webhookKeys.deliveries(endpointId, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/webhooks/endpoints/{endpoint_id}/deliveries', {
          params: { path: { endpoint_id: endpointId }, query: { page, limit: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

function useWebhookMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // A secret in an answer is shown once; it must not stay in the mutation cache.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

export function useCreateWebhookEndpoint() {
  return useWebhookMutation((body: WebhookEndpointCreate) => unwrap(api.POST('/api/v1/webhooks/endpoints', { body })));
}

export function useSetWebhookEnabled() {
  return useWebhookMutation(({ id, enabled }: { id: string; enabled: boolean }) =>
    unwrap(
      api.PATCH('/api/v1/webhooks/endpoints/{endpoint_id}', {
        params: { path: { endpoint_id: id } },
        body: { enabled },
      }),
    ),
  );
}

export function useDeleteWebhookEndpoint() {
  return useWebhookMutation((id: string) =>
    unwrap(api.DELETE('/api/v1/webhooks/endpoints/{endpoint_id}', { params: { path: { endpoint_id: id } } })),
  );
}

export function useRotateWebhookSecret() {
  return useWebhookMutation((id: string) =>
    unwrap(
      api.POST('/api/v1/webhooks/endpoints/{endpoint_id}/rotate-secret', {
        params: { path: { endpoint_id: id } },
        body: { overlap_hours: 24 },
      }),
    ),
  );
}

export function useSendWebhookTest() {
  return useWebhookMutation((id: string) =>
    unwrap(api.POST('/api/v1/webhooks/endpoints/{endpoint_id}/test', { params: { path: { endpoint_id: id } } })),
  );
}

export function useRedeliverWebhook() {
  return useWebhookMutation((deliveryId: string) =>
    unwrap(
      api.POST('/api/v1/webhooks/deliveries/{delivery_id}/redeliver', {
        params: { path: { delivery_id: deliveryId } },
      }),
    ),
  );
}
