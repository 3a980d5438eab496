import { Button, Group, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';

import { notifyError } from '@/lib/notify';

import { useMe } from '../api/lookups';
import { useRevealVerificationNumber } from '../api/workers';

/**
 * 本人確認番号 stays masked until an administrator asks for it; the API audits each reveal, and
 * the number is kept only in this component, so it is gone once the page is left.
 */
export function VerificationNumber({ workerId, masked }: { workerId: string; masked: string | null }) {
  const me = useMe();
  const reveal = useRevealVerificationNumber(workerId);
  const [revealed, setRevealed] = useState<string | null>(null);

  if (!masked) return <Text size="sm">未登録</Text>;
  if (revealed !== null) {
    return (
      <Text size="sm" ff="monospace" data-testid="verification-number">
        {revealed}
      </Text>
    );
  }
  const isAdmin = me.data?.role === 'admin';
  const button = (
    <Button
      size="compact-xs"
      variant="light"
      loading={reveal.isPending}
      disabled={!isAdmin}
      onClick={async () => {
        try {
          const result = await reveal.mutateAsync();
          setRevealed(result.verification_number ?? '');
        } catch (error) {
          notifyError(error, '本人確認番号を表示できませんでした');
        }
      }}
    >
      表示
    </Button>
  );
  return (
    <Group gap="xs">
      <Text size="sm" ff="monospace" aria-label="本人確認番号(伏せ字)">
        {masked}
      </Text>
      {isAdmin ? (
        button
      ) : (
        <Tooltip label="本人確認番号の表示は管理者のみ行えます">
          <span>{button}</span>
        </Tooltip>
      )}
      <Text size="xs" c="dimmed">
        表示すると操作記録に残ります
      </Text>
    </Group>
  );
}
