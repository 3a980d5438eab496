import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormAlert } from '@/components/form-alert';
import { applyProblemToForm } from '@/lib/form-errors';
import { ApiError } from '@/lib/problem';
import { requiredEmailSchema } from '@/lib/email-rule';

import { useRequestEmailChange } from '../api/account-links';

const schema = z.object({
  new_email: requiredEmailSchema,
  current_password: z.string().min(1, '現在のパスワードを入力してください。'),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['new_email', 'current_password'] as const;

/** メールアドレス変更: the address changes once the link sent to the new one is opened. */
export function EmailChangeForm() {
  const request = useRequestEmailChange();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { new_email: '', current_password: '' },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await request.mutateAsync(values);
      setSentTo(values.new_email);
      form.reset();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'auth.wrong_current_password') {
        form.setError('current_password', { type: 'server', message: '現在のパスワードが正しくありません。' });
        return;
      }
      setFormError(applyProblemToForm(error, form.setError, FIELDS));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      {sentTo ? (
        <Alert color="blue" mb="md" title="確認メールを送信しました">
          {sentTo} に届いたメールのリンクを開くと、変更が確定します。
        </Alert>
      ) : null}
      <Stack maw={420}>
        <TextInput
          label="新しいメールアドレス"
          type="email"
          autoComplete="email"
          {...form.register('new_email')}
          error={form.formState.errors.new_email?.message}
        />
        <PasswordInput
          label="現在のパスワード(本人確認)"
          autoComplete="current-password"
          {...form.register('current_password')}
          error={form.formState.errors.current_password?.message}
        />
        <Group>
          <Button type="submit" loading={request.isPending}>
            確認メールを送信
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
