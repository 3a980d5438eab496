import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { FormAlert } from '@/components/form-alert';
import { logIn } from '@/lib/auth';
import { errorMessage } from '@/lib/problem';

/**
 * Logging in again over the page, not instead of it: the screen under the modal stays mounted,
 * so whatever was typed into a form survives an expired session; saving again then works.
 */
export function SessionExpiredModal({
  opened,
  email: knownEmail,
  onLoggedIn,
  onLeave,
}: {
  opened: boolean;
  email: string;
  onLoggedIn: () => void;
  onLeave: () => void;
}) {
  const [email, setEmail] = useState(knownEmail);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await logIn(email || knownEmail, password);
      setPassword('');
      onLoggedIn();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="ログインの有効期限が切れました"
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text size="sm">入力中の内容はそのまま残っています。もう一度ログインしてから、保存し直してください。</Text>
          <FormAlert message={error} title="ログインできませんでした" keepsInput={false} />
          <TextInput
            label="メールアドレス"
            type="email"
            autoComplete="username"
            value={email || knownEmail}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <PasswordInput
            label="パスワード"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="space-between">
            <Button variant="subtle" onClick={onLeave}>
              ログイン画面へ
            </Button>
            <Button type="submit" loading={busy}>
              ログイン
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
