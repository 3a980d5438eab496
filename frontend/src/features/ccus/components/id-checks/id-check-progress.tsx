import { Alert, Progress, Text } from '@mantine/core';

import { formatNumber } from '@/lib/format';

/** まとめて確認's progress: IDs checked out of all linked IDs. */
export function IdCheckProgress({ checked, remaining }: { checked: number; remaining: number }) {
  const total = checked + remaining;
  const percent = total === 0 ? 100 : Math.round((checked / total) * 100);
  return (
    <Alert color="blue" title="CCUS IDを確認しています" mb="md" role="status">
      <Text size="sm" mb="xs">
        {formatNumber(checked)} / {formatNumber(total)} 件 確認済み(残り {formatNumber(remaining)}{' '}
        件)。この画面を開いたままお待ちください。
      </Text>
      <Progress value={percent} animated aria-label="確認の進み具合" />
    </Alert>
  );
}
