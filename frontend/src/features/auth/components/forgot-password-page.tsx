import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormAlert } from '@/components/form-alert';
import { errorMessage } from '@/lib/problem';
import { requiredEmailSchema } from '@/lib/email-rule';

import { useRequestPasswordReset } from '../api/account-links';

import { PublicCard } from './public-card';

const schema = z.object({
  email: requiredEmailSchema,
});

/** パスワードを忘れた場合: the answer is the same whether the address has an account or not. */
export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const [sent, setSent] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { email: '' } });
  const onSubmit = form.handleSubmit(async ({ email }) => {
    setFormError(null);
    try {
      setSent((await request.mutateAsync({ email })).detail);
    } catch (error) {
      setFormError(errorMessage(error));
    }
  });
  return (
    <PublicCard title="パスワードを忘れた場合">
      {sent ? (
        <Alert color="blue" title="受け付けました">
          <Text size="sm">{sent}</Text>
          <Text size="sm">メールのリンクは30分間、一度だけ有効です。</Text>
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Text size="sm">登録したメールアドレスを入力してください。パスワード再設定のリンクをお送りします。</Text>
            <FormAlert message={formError} title="送信できませんでした" keepsInput={false} />
            <TextInput
              label="メールアドレス"
              type="email"
              autoComplete="username"
              {...form.register('email')}
              error={form.formState.errors.email?.message}
            />
            <Button type="submit" loading={form.formState.isSubmitting} fullWidth>
              再設定メールを送信
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/login" size="sm" ta="center">
        ログイン画面へ戻る
      </Anchor>
    </PublicCard>
  );
}
