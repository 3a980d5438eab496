import { Badge } from '@mantine/core';

import type { WebhookEndpoint } from '../api/webhooks';

export function EndpointState({ endpoint }: { endpoint: WebhookEndpoint }) {
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
