import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormAlert } from '@/components/form-alert';
import { applyProblemToForm } from '@/lib/form-errors';
import { notifySaved } from '@/lib/notify';
import { newPasswordSchema, PASSWORD_HINT } from '@/lib/password-rule';
import { ApiError } from '@/lib/problem';

import { useChangePassword } from '../api/password';

const passwordSchema = z
  .object({
    current_password: z.string().min(1, '現在のパスワードを入力してください。'),
    new_password: newPasswordSchema,
    confirmation: z.string(),
  })
  .refine((values) => values.new_password === values.confirmation, {
    path: ['confirmation'],
    message: '新しいパスワードが一致しません。',
  });
type PasswordValues = z.infer<typeof passwordSchema>;
const FIELDS = ['current_password', 'new_password'] as const;

export function PasswordForm() {
  const change = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PasswordValues>({
    resolver: zodResolver(passwordSchema),
    defaultValues: { current_password: '', new_password: '', confirmation: '' },
  });

  const onSubmit = form.handleSubmit(async ({ current_password, new_password }) => {
    setFormError(null);
    try {
      await change.mutateAsync({ current_password, new_password });
      form.reset();
      notifySaved('パスワードを変更しました。');
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
      <Stack maw={420}>
        <PasswordInput
          label="現在のパスワード"
          autoComplete="current-password"
          {...form.register('current_password')}
          error={form.formState.errors.current_password?.message}
        />
        <PasswordInput
          label="新しいパスワード"
          description={PASSWORD_HINT}
          autoComplete="new-password"
          {...form.register('new_password')}
          error={form.formState.errors.new_password?.message}
        />
        <PasswordInput
          label="新しいパスワード(確認)"
          autoComplete="new-password"
          {...form.register('confirmation')}
          error={form.formState.errors.confirmation?.message}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            パスワードを変更
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
