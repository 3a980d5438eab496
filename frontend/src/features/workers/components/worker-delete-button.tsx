import { Button, type ButtonProps } from '@mantine/core';

import { notifySaved } from '@/lib/notify';
import { errorMessage } from '@/lib/problem';

import { fullName } from '../api/labels';
import { useDeleteWorker, type Worker } from '../api/workers';

type Props = ButtonProps & {
  worker: Pick<Worker, 'id' | 'family_name' | 'given_name'>;
  /** After the API deleted the worker. */
  onDeleted?: () => void | Promise<void>;
  /** The API's reason when it refuses (a worker with history can only be retired). */
  onRefused: (reason: string) => void;
};

/** 削除 of a worker, asked once; the history rule is the API's (api/workers), shown as it says it. */
export function WorkerDeleteButton({ worker, onDeleted, onRefused, ...props }: Props) {
  const remove = useDeleteWorker();
  const onDelete = async () => {
    if (!window.confirm(`「${fullName(worker)}」を削除しますか？`)) return;
    try {
      await remove.mutateAsync(worker.id);
      notifySaved('削除しました。');
      await onDeleted?.();
    } catch (error) {
      onRefused(`${errorMessage(error)} 退職した場合は、編集画面で退職日を入力してください。`);
    }
  };
  return (
    <Button color="red" variant="light" loading={remove.isPending} onClick={() => void onDelete()} {...props}>
      削除
    </Button>
  );
}
