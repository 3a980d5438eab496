import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormAlert } from '@/components/form-alert';
import { logIn } from '@/lib/auth';
import { errorMessage } from '@/lib/problem';

const route = getRouteApi('/login');

const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'メールアドレスを入力してください。')
    .email('メールアドレスの形式が正しくありません。'),
  password: z.string().min(1, 'パスワードを入力してください。'),
});
type LoginValues = z.infer<typeof loginSchema>;

/** Only same-origin paths: a crafted ?redirect= must not send staff to another site. */
export function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/login')) return '/';
  return target;
}

export function LoginPage() {
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<LoginValues>({ resolver: zodResolver(loginSchema), defaultValues: { email: '', password: '' } });

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    setFormError(null);
    try {
      await logIn(email, password);
      await navigate({ href: safeRedirect(redirect), replace: true });
    } catch (error) {
      setFormError(errorMessage(error));
    }
  });

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={380}>
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Title order={1} size="h3" ta="center">
              genba 就業履歴管理
            </Title>
            <FormAlert message={formError} title="ログインできませんでした" keepsInput={false} />
            <TextInput
              label="メールアドレス"
              type="email"
              autoComplete="username"
              {...form.register('email')}
              error={form.formState.errors.email?.message}
            />
            <PasswordInput
              label="パスワード"
              autoComplete="current-password"
              {...form.register('password')}
              error={form.formState.errors.password?.message}
            />
            <Button type="submit" loading={form.formState.isSubmitting} fullWidth>
              ログイン
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
