import { List, Text } from '@mantine/core';

import { AnchorLink } from '@/components/links';
import { QueryState } from '@/components/page-states';
import { useCan } from '@/features/auth';
import { formatDateTime } from '@/lib/format';

import { useWebhookEndpoints } from '../api/notices';

import { NoticeCard } from './notice-card';

/** Webhook endpoints that persistent failure disabled: the notice to the tenant's administrators. */
export function WebhookFailuresCard() {
  const admin = useCan('api_keys:manage');
  const endpoints = useWebhookEndpoints(admin);
  if (!admin) return null;
  const stopped = (data: NonNullable<typeof endpoints.data>) =>
    data.items.filter((endpoint) => !endpoint.enabled && endpoint.disabled_at);
  return (
    <NoticeCard title="Webhookの送信停止" link={<AnchorLink to="/admin/api-keys">APIキー管理へ</AnchorLink>}>
      <QueryState
        query={endpoints}
        isEmpty={(data) => stopped(data).length === 0}
        empty="停止したWebhook送信先はありません。"
      >
        {(data) => (
          <>
            <Text size="sm" mb="xs">
              72時間送信に失敗し続けたため、次の送信先への送信を停止しました。受信側を直してから再開してください。
            </Text>
            <List size="sm" spacing={4}>
              {stopped(data).map((endpoint) => (
                <List.Item key={endpoint.id}>
                  <Text span c="red" size="sm">
                    {endpoint.url}
                  </Text>
                  （{formatDateTime(endpoint.disabled_at)} 停止）
                </List.Item>
              ))}
            </List>
          </>
        )}
      </QueryState>
    </NoticeCard>
  );
}
