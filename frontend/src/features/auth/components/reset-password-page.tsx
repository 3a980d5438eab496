import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';

import { useLinkToken, useResetPassword } from '../api/account-links';

import { NewPasswordForm } from './new-password-form';
import { PublicCard } from './public-card';

/** パスワード再設定: from the emailed link; every session of the account ends. */
export function ResetPasswordPage() {
  const reset = useResetPassword();
  const [done, setDone] = useState(false);
  const token = useLinkToken();
  return (
    <PublicCard title="パスワード再設定">
      {done ? (
        <Alert color="green" title="パスワードを再設定しました">
          <Text size="sm">すべての端末でログアウトしました。新しいパスワードでログインしてください。</Text>
          <Anchor component={Link} to="/login">
            ログイン画面へ
          </Anchor>
        </Alert>
      ) : (
        <NewPasswordForm
          submitLabel="パスワードを再設定"
          onSave={async (password) => {
            await reset.mutateAsync({ token, password });
            setDone(true);
          }}
        />
      )}
    </PublicCard>
  );
}
