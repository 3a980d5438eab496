import { notifications } from '@mantine/notifications';

import { errorMessage } from './problem';

export function notifySaved(message = '保存しました。'): void {
  notifications.show({ color: 'green', message });
}

export function notifyError(error: unknown, title = 'エラー'): void {
  notifications.show({ color: 'red', title, message: errorMessage(error) });
}
