import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

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
