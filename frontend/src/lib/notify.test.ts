import { notifications } from '@mantine/notifications';

import { notifyError, notifySaved } from './notify';
import { ApiError } from './problem';

afterEach(() => vi.restoreAllMocks());

test('a save is confirmed in green, with a default sentence', () => {
  const show = vi.spyOn(notifications, 'show').mockReturnValue('id');
  notifySaved();
  notifySaved('削除しました。');
  expect(show.mock.calls).toEqual([
    [{ color: 'green', message: '保存しました。' }],
    [{ color: 'green', message: '削除しました。' }],
  ]);
});

test("a failure is shown in red with the error's Japanese message", () => {
  const show = vi.spyOn(notifications, 'show').mockReturnValue('id');
  notifyError(ApiError.fromBody(404, null));
  notifyError(new Error('boom'), '取込エラー');
  expect(show.mock.calls).toEqual([
    [{ color: 'red', title: 'エラー', message: 'データが見つかりません。' }],
    [{ color: 'red', title: '取込エラー', message: '予期しないエラーが発生しました。' }],
  ]);
});
