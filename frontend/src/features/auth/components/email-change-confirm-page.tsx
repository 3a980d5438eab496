import { Alert, Anchor, Button, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';

import { FormAlert } from '@/components/form-alert';
import { errorMessage } from '@/lib/problem';

import { useLinkToken, useConfirmEmailChange } from '../api/account-links';

import { PublicCard } from './public-card';

/** メールアドレス変更 (確定): opened from the link sent to the new address. A button, not an
 * automatic call, so that a mail scanner opening the link does not confirm it. */
export function EmailChangeConfirmPage() {
  const confirm = useConfirmEmailChange();
  const token = useLinkToken();
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const onConfirm = async () => {
    setFormError(null);
    try {
      await confirm.mutateAsync({ token });
      setDone(true);
    } catch (error) {
      setFormError(errorMessage(error));
    }
  };
  return (
    <PublicCard title="メールアドレス変更">
      {done ? (
        <Alert color="green" title="メールアドレスを変更しました">
          <Anchor component={Link} to="/login">
            ログイン画面へ
          </Anchor>
        </Alert>
      ) : (
        <>
          <FormAlert message={formError} title="変更できませんでした" keepsInput={false} />
          <Text size="sm">このメールアドレスをログインに使うアドレスとして確定します。</Text>
          <Button type="submit" onClick={onConfirm} loading={confirm.isPending} fullWidth>
            変更を確定
          </Button>
        </>
      )}
    </PublicCard>
  );
}
