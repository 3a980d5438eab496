import { Button, Group, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';

import { notifyError } from '@/lib/notify';

/**
 * 本人確認番号 stays masked until staff ask for it. Each reveal is one audited API call; the value
 * lives only in this component (not the query cache, not the URL), so it is gone once the page is
 * left. Users without the secrets:reveal scope (`canReveal`) are not offered the button. One
 * component for every record that carries the number (事業者, 技能者); `reveal` is the record's
 * audited reveal call.
 */
export function VerificationNumber({
  masked,
  reveal,
  canReveal,
}: {
  masked: string | null;
  reveal: () => Promise<{ verification_number?: string | null }>;
  canReveal: boolean;
}) {
  const [value, setValue] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (masked === null) {
    return (
      <Text size="sm" c="dimmed">
        未登録
      </Text>
    );
  }

  const onReveal = async () => {
    setBusy(true);
    try {
      setValue((await reveal()).verification_number ?? '');
    } catch (error) {
      notifyError(error, '本人確認番号を表示できませんでした');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Group gap="xs">
      <Text size="sm" ff="monospace" data-testid="verification-number">
        {value ?? masked}
      </Text>
      {value !== null ? (
        <Button size="compact-xs" variant="subtle" onClick={() => setValue(null)}>
          隠す
        </Button>
      ) : canReveal ? (
        <>
          <Button size="compact-xs" variant="light" loading={busy} onClick={() => void onReveal()}>
            表示
          </Button>
          <Text size="xs" c="dimmed">
            表示すると操作記録に残ります
          </Text>
        </>
      ) : (
        <Tooltip label="表示できるのは管理者のみです">
          <Text size="xs" c="dimmed">
            (表示権限なし)
          </Text>
        </Tooltip>
      )}
    </Group>
  );
}
