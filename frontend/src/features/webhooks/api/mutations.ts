import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { webhookKeys, type WebhookEndpointCreate } from './webhooks';

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
