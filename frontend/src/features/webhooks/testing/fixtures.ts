import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { pagination } from '@/testing/server';

/** The one endpoint the 外部連携 screens show. */
export const ENDPOINT: components['schemas']['WebhookEndpoint'] = {
  id: 'wh1',
  created_at: '2026-11-25T00:00:00Z',
  updated_at: '2026-11-25T00:00:00Z',
  url: 'https://partner.example/hooks',
  description: '給与システム',
  event_types: ['work_day.created'],
  enabled: true,
  disabled_at: null,
  disabled_reason: null,
  previous_secret_expires_at: null,
};

/** The API keys list the same screen asks for, empty. */
export function noApiKeys() {
  return http.get('*/api/v1/api-keys', () => HttpResponse.json({ items: [], pagination: pagination(0) }));
}
