import { Alert, Text } from '@mantine/core';

import type { WorkDay } from '../api/work-days';

/** A day CCUS refused: the error, and that correcting the day sends it again. */
export function WorkDayCcusFailure({ day }: { day: WorkDay }) {
  if (day.ccus_status !== 'failed') return null;
  return (
    <Alert
      color="red"
      mt="md"
      title={`CCUSへの送信に失敗しました${day.ccus_error_code ? `(${day.ccus_error_code})` : ''}`}
    >
      <Text size="sm">{day.ccus_error_message}</Text>
      <Text size="sm" mt="xs">
        技能者・事業者・現場のCCUS IDなどを確認して修正してください。この就業履歴を訂正すると再送されます。
      </Text>
    </Alert>
  );
}
