import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Center, Paper, PasswordInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormAlert } from '@/components/form-alert';
import { logIn } from '@/lib/auth';
import { ApiError, errorMessage } from '@/lib/problem';
import { requiredEmailSchema } from '@/lib/email-rule';

const route = getRouteApi('/login');

const loginSchema = z.object({
  email: requiredEmailSchema,
  password: z.string().min(1, 'パスワードを入力してください。'),
});
type LoginValues = z.infer<typeof loginSchema>;

type TenantChoice = { value: string; label: string };

/** The companies a 409 `auth.tenant_required` names: "code name" per field error. */
function tenantChoices(error: unknown): TenantChoice[] {
  if (!(error instanceof ApiError) || error.code !== 'auth.tenant_required') return [];
  return (error.problem.errors ?? []).map(({ message }) => {
    const [code = '', ...name] = message.split(' ');
    return { value: code, label: name.join(' ') || code };
  });
}

/** Only same-origin paths: a crafted ?redirect= must not send staff to another site. */
export function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/login')) return '/';
  return target;
}

export function LoginPage() {
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [choices, setChoices] = useState<TenantChoice[]>([]);
  const [tenant, setTenant] = useState<string | null>(null);
  const form = useForm<LoginValues>({ resolver: zodResolver(loginSchema), defaultValues: { email: '', password: '' } });

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    setFormError(null);
    try {
      await logIn(email, password, tenant ?? undefined);
      await navigate({ href: safeRedirect(redirect), replace: true });
    } catch (error) {
      const named = tenantChoices(error);
      if (named.length > 0) setChoices(named);
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
            {choices.length > 0 ? (
              <Select label="会社" placeholder="会社を選択" data={choices} value={tenant} onChange={setTenant} />
            ) : null}
            <Button type="submit" loading={form.formState.isSubmitting} fullWidth>
              ログイン
            </Button>
            <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
              パスワードを忘れた場合
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
