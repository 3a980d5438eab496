import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormAlert } from '@/components/form-alert';
import { newPasswordSchema, PASSWORD_HINT } from '@/lib/password-rule';
import { errorMessage } from '@/lib/problem';

const schema = z
  .object({
    password: newPasswordSchema,
    confirmation: z.string(),
  })
  .refine((values) => values.password === values.confirmation, {
    path: ['confirmation'],
    message: 'パスワードが一致しません。',
  });
type Values = z.infer<typeof schema>;

/** A new password typed twice, for the invitation and the password reset links. */
export function NewPasswordForm({
  submitLabel,
  onSave,
}: {
  submitLabel: string;
  onSave: (password: string) => Promise<void>;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { password: '', confirmation: '' } });
  const onSubmit = form.handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await onSave(password);
    } catch (error) {
      setFormError(errorMessage(error));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert message={formError} title="設定できませんでした" keepsInput={false} />
        <PasswordInput
          label="新しいパスワード"
          description={PASSWORD_HINT}
          autoComplete="new-password"
          {...form.register('password')}
          error={form.formState.errors.password?.message}
        />
        <PasswordInput
          label="新しいパスワード(確認)"
          autoComplete="new-password"
          {...form.register('confirmation')}
          error={form.formState.errors.confirmation?.message}
        />
        <Button type="submit" loading={form.formState.isSubmitting} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
