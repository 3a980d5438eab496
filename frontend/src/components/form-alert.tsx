import { Alert } from '@mantine/core';

/** The message at the top of a form whose save failed; the typed values stay in the fields. */
export function FormAlert({
  message,
  title = '保存できませんでした',
  keepsInput = true,
}: {
  message: string | null;
  title?: string;
  keepsInput?: boolean;
}) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" mb="md" title={title}>
      {message}
      {keepsInput ? ' 入力内容は保持されています。' : null}
    </Alert>
  );
}
