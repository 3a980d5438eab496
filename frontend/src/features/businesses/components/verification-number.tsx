import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';

import { notifyError } from '@/lib/notify';

import { useRevealVerificationNumber } from '../api/businesses';

/**
 * 本人確認番号 stays masked until staff ask for it; each reveal is audited by the API, and the
 * value lives only in this component, so it is gone once the page is left.
 */
export function VerificationNumber({ businessId, masked }: { businessId: string; masked: string | null }) {
  const reveal = useRevealVerificationNumber(businessId);
  const [value, setValue] = useState<string | null>(null);

  if (masked === null) return <Text size="sm" c="dimmed">未登録</Text>;

  const onReveal = async () => {
    try {
      const result = await reveal.mutateAsync();
      setValue(result.verification_number ?? '');
    } catch (error) {
      notifyError(error, '本人確認番号を表示できませんでした');
    }
  };

  return (
    <Group gap="xs">
      <Text size="sm" ff="monospace" data-testid="verification-number">
        {value ?? masked}
      </Text>
      {value === null ? (
        <Button size="compact-xs" variant="light" loading={reveal.isPending} onClick={() => void onReveal()}>
          表示
        </Button>
      ) : (
        <Button size="compact-xs" variant="subtle" onClick={() => setValue(null)}>
          隠す
        </Button>
      )}
    </Group>
  );
}
