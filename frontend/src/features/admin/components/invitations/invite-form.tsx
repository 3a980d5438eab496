import { zodResolver } from '@hookform/resolvers/zod';
import { Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { applyProblemToForm } from '@/lib/form-errors';
import { notifySaved } from '@/lib/notify';

import { useInvite } from '../../api/invitations';

import { ROLES } from '../user-values';

const inviteSchema = z.object({
  email: z.string().trim().email('メールアドレスの形式が正しくありません。'),
  name: z.string().trim().min(1, '氏名を入力してください。').max(100),
  role: z.enum(['admin', 'staff', 'viewer']),
});
type InviteValues = z.infer<typeof inviteSchema>;
const INVITE_FIELDS = ['email', 'name', 'role'] as const;

/** 招待する: the colleague gets an email with a link to set their own password. */
export function InviteForm({ onDone }: { onDone: () => void }) {
  const invite = useInvite();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<InviteValues>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: '', name: '', role: 'staff' },
  });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await invite.mutateAsync(values);
      notifySaved(`${values.email} に招待メールを送信しました。`);
      onDone();
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, INVITE_FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <Stack>
        <Text size="sm">招待メールのリンクから、招待された方が自分でパスワードを設定します。</Text>
        <TextInput
          label="メールアドレス"
          withAsterisk
          type="email"
          {...form.register('email')}
          error={errors.email?.message}
        />
        <TextInput label="氏名" withAsterisk {...form.register('name')} error={errors.name?.message} />
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <Select
              label="権限"
              data={ROLES}
              value={field.value}
              onChange={(value) => field.onChange(value ?? 'staff')}
              allowDeselect={false}
              error={errors.role?.message}
            />
          )}
        />
        <FormActions onCancel={onDone} loading={invite.isPending}>
          招待メールを送信
        </FormActions>
      </Stack>
    </form>
  );
}
