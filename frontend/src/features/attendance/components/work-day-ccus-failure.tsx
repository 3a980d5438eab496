import { Alert, Text } from '@mantine/core';

import type { WorkDay } from '../api/work-days';

/** A day CCUS refused (red), or genba holds back until an ID is registered (保留, never red). */
export function WorkDayCcusFailure({ day }: { day: WorkDay }) {
  if (day.ccus_state === 'held') {
    return (
      <Alert
        color="yellow"
        mt="md"
        title={`CCUSへの送信を保留しています${day.ccus_hold_code ? `(${day.ccus_hold_code})` : ''}`}
      >
        <Text size="sm">{day.ccus_error_message}</Text>
        <Text size="sm" mt="xs">
          必要なCCUS IDを登録すると、確認のうえ自動で送信します。
        </Text>
      </Alert>
    );
  }
  if (day.ccus_state !== 'rejected') return null;
  return (
    <Alert
      color="red"
      mt="md"
      title={`CCUSが受け付けませんでした${day.ccus_error_code ? `(${day.ccus_error_code})` : ''}`}
    >
      <Text size="sm">{day.ccus_error_message}</Text>
      <Text size="sm" mt="xs">
        技能者・事業者・現場のCCUS
        IDなどを修正すると、CCUSで確認のうえ自動で再送します。この就業履歴を訂正した場合も再送されます。
      </Text>
    </Alert>
  );
}
