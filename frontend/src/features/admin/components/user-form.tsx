import { zodResolver } from '@hookform/resolvers/zod';
import { PasswordInput, Stack, Switch } from '@mantine/core';
import { useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { BranchMultiSelect } from '@/features/branches';
import { applyProblemToForm } from '@/lib/form-errors';
import { notifySaved } from '@/lib/notify';

import { useCreateUser, useUpdateUser, type User } from '../api/users';

import { PersonFields } from './person-fields';
import { USER_FIELDS, userSchema, type UserValues } from './user-values';

export function UserForm({ user, onDone }: { user?: User; onDone: () => void }) {
  const create = useCreateUser();
  const update = useUpdateUser();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<UserValues>({
    resolver: zodResolver(userSchema(!user)),
    defaultValues: {
      email: user?.email ?? '',
      name: user?.name ?? '',
      role: user?.role ?? 'staff',
      is_active: user?.is_active ?? true,
      password: '',
      branch_ids: user?.branch_ids ?? [],
    },
  });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (user) {
        await update.mutateAsync({
          id: user.id,
          body: {
            name: values.name,
            role: values.role,
            is_active: values.is_active,
            branch_ids: values.branch_ids,
            ...(values.password ? { password: values.password } : {}),
          },
        });
      } else {
        await create.mutateAsync({
          email: values.email,
          name: values.name,
          role: values.role,
          password: values.password,
          branch_ids: values.branch_ids,
        });
      }
      notifySaved();
      onDone();
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, USER_FIELDS));
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate>
        <FormAlert message={formError} />
        <Stack>
          <PersonFields emailDisabled={!!user} />
          <Controller
            control={form.control}
            name="branch_ids"
            render={({ field }) => (
              <BranchMultiSelect
                label="担当拠点・支店"
                description="空欄はすべての拠点・支店(管理者は常にすべて)"
                value={field.value}
                onChange={field.onChange}
                error={errors.branch_ids?.message}
              />
            )}
          />
          <PasswordInput
            label={user ? '新しいパスワード(変更する場合のみ)' : '初期パスワード'}
            withAsterisk={!user}
            autoComplete="new-password"
            {...form.register('password')}
            error={errors.password?.message}
          />
          {user ? (
            <Controller
              control={form.control}
              name="is_active"
              render={({ field }) => (
                <Switch
                  label="有効"
                  checked={field.value}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                />
              )}
            />
          ) : null}
          <FormActions onCancel={onDone} loading={create.isPending || update.isPending}>
            {user ? '更新' : '登録'}
          </FormActions>
        </Stack>
      </form>
    </FormProvider>
  );
}
