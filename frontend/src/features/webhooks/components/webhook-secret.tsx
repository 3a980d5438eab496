import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';

/** A signing secret exists in this answer only (at registration or rotation): shown once. */
export function WebhookSecret({ url, secret, onClose }: { url: string; secret: string; onClose: () => void }) {
  return (
    <Stack>
      <Alert color="yellow" title="この画面を閉じると、署名シークレットは二度と表示されません">
        連携先の受信側に今すぐ設定してください。配信ごとの Genba-Signature ヘッダーをこのシークレットで検証します。
      </Alert>
      <Text size="sm">{url}</Text>
      <Code block data-testid="webhook-secret">
        {secret}
      </Code>
      <Group justify="space-between">
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy}>
              {copied ? 'コピーしました' : 'コピー'}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onClose}>設定しました。閉じる</Button>
      </Group>
    </Stack>
  );
}
