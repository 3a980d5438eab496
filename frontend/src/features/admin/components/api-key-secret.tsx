import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';

import type { ApiKeyCreated } from '../api/api-keys';

/** The secret exists only in this answer: the server keeps a hash, so it is shown exactly once. */
export function ApiKeySecret({ created, onClose }: { created: ApiKeyCreated; onClose: () => void }) {
  return (
    <Stack>
      <Alert color="yellow" title="この画面を閉じると、キーは二度と表示されません">
        端末または連携先に今すぐ設定してください。紛失した場合は、このキーを無効化して新しく発行します。
      </Alert>
      <Text size="sm">{created.name}</Text>
      <Code block data-testid="api-key-secret">
        {created.key}
      </Code>
      <Group justify="space-between">
        <CopyButton value={created.key}>
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
