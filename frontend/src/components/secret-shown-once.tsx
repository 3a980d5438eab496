import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A secret that exists in this answer only (the server keeps a hash, or hands it out at
 * registration and rotation): shown once, with a copy button and the warning that says so.
 */
export function SecretShownOnce({
  warning,
  children,
  label,
  secret,
  testId,
  onClose,
}: {
  warning: string;
  children: ReactNode;
  label: string;
  secret: string;
  testId: string;
  onClose: () => void;
}) {
  return (
    <Stack>
      <Alert color="yellow" title={warning}>
        {children}
      </Alert>
      <Text size="sm">{label}</Text>
      <Code block data-testid={testId}>
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
