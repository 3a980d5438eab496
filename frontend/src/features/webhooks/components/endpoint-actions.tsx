import { Button, Group } from '@mantine/core';

import { notifyError, notifySaved } from '@/lib/notify';

import {
  useDeleteWebhookEndpoint,
  useRotateWebhookSecret,
  useSendWebhookTest,
  useSetWebhookEnabled,
} from '../api/mutations';
import type { WebhookEndpoint } from '../api/webhooks';

async function act(action: () => Promise<unknown>, done: string, failed: string) {
  try {
    await action();
    notifySaved(done);
  } catch (error) {
    notifyError(error, failed);
  }
}

/** One endpoint's actions: 送信履歴, テスト送信, 停止/再開, シークレット再発行, 削除. */
export function EndpointActions({
  endpoint,
  onLog,
  onSecret,
}: {
  endpoint: WebhookEndpoint;
  onLog: () => void;
  onSecret: (url: string, secret: string) => void;
}) {
  const setEnabled = useSetWebhookEnabled();
  const remove = useDeleteWebhookEndpoint();
  const rotate = useRotateWebhookSecret();
  const test = useSendWebhookTest();

  const onRotate = async () => {
    if (!window.confirm('署名シークレットを再発行しますか？これまでのシークレットも24時間は署名に使われます。')) return;
    try {
      const rotated = await rotate.mutateAsync(endpoint.id);
      onSecret(rotated.url, rotated.secret);
    } catch (error) {
      notifyError(error, '再発行できませんでした');
    }
  };
  const onDelete = () => {
    if (!window.confirm(`「${endpoint.url}」への送信を削除しますか？`)) return;
    void act(() => remove.mutateAsync(endpoint.id), '削除しました。', '削除できませんでした');
  };
  const onTest = () =>
    void act(() => test.mutateAsync(endpoint.id), 'テスト送信を予約しました。', 'テスト送信できませんでした');
  const onToggle = () =>
    void act(
      () => setEnabled.mutateAsync({ id: endpoint.id, enabled: !endpoint.enabled }),
      endpoint.enabled ? '停止しました。' : '再開しました。',
      '変更できませんでした',
    );

  return (
    <Group gap={4}>
      <Button size="xs" variant="subtle" onClick={onLog}>
        送信履歴
      </Button>
      <Button size="xs" variant="subtle" onClick={onTest}>
        テスト送信
      </Button>
      <Button size="xs" variant="subtle" onClick={onToggle}>
        {endpoint.enabled ? '停止' : '再開'}
      </Button>
      <Button size="xs" variant="subtle" onClick={() => void onRotate()}>
        シークレット再発行
      </Button>
      <Button size="xs" variant="subtle" color="red" onClick={onDelete}>
        削除
      </Button>
    </Group>
  );
}
