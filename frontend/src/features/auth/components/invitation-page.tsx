import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';

import { useLinkToken, useAcceptInvitation } from '../api/account-links';

import { NewPasswordForm } from './new-password-form';
import { PublicCard } from './public-card';

/** 招待: the invitee opens the emailed link and sets the password of the new account. */
export function InvitationPage() {
  const accept = useAcceptInvitation();
  const [done, setDone] = useState(false);
  const token = useLinkToken();
  return (
    <PublicCard title="招待の受諾">
      {done ? (
        <Alert color="green" title="パスワードを設定しました">
          <Anchor component={Link} to="/login">
            ログイン画面へ
          </Anchor>
        </Alert>
      ) : (
        <>
          <Text size="sm">genba に招待されました。ログインに使うパスワードを設定してください。</Text>
          <NewPasswordForm
            submitLabel="パスワードを設定"
            onSave={async (password) => {
              await accept.mutateAsync({ token, password });
              setDone(true);
            }}
          />
        </>
      )}
    </PublicCard>
  );
}
