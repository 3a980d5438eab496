import { Alert, Button, Stack, Text } from '@mantine/core';

import { ApiError, errorMessage } from '@/lib/problem';

import type { IdCheckTable } from '../../labels';

import { EditLink } from '../edit-link';

/** Why CCUS could not be asked, and where to go about it. */
export function RemoteError({
  error,
  table,
  entityId,
  onRetry,
}: {
  error: unknown;
  table: IdCheckTable;
  entityId: string;
  onRetry: () => void;
}) {
  const code = error instanceof ApiError ? error.code : null;
  const fixInEditor = code === 'ccus.not_linked' || code === 'ccus.unknown_id';
  return (
    <Alert color={fixInEditor ? 'yellow' : 'red'} title="CCUSから取得できませんでした" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error)}</Text>
        {fixInEditor ? (
          <EditLink table={table} id={entityId}>
            編集画面でCCUS IDを確認・登録する
          </EditLink>
        ) : (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            再取得
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
