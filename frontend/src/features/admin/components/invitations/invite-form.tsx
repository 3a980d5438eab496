import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { applyProblemToForm } from '@/lib/form-errors';
import { notifySaved } from '@/lib/notify';

import { useInvite } from '../../api/invitations';

import { PersonFields } from '../person-fields';
import { PERSON_FIELDS, personSchema, type PersonValues } from '../user-values';

/** 招待する: the colleague gets an email with a link to set their own password. */
export function InviteForm({ onDone }: { onDone: () => void }) {
  const invite = useInvite();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PersonValues>({
    resolver: zodResolver(personSchema),
    defaultValues: { email: '', name: '', role: 'staff' },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await invite.mutateAsync(values);
      notifySaved(`${values.email} に招待メールを送信しました。`);
      onDone();
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, PERSON_FIELDS));
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate>
        <FormAlert message={formError} />
        <Stack>
          <Text size="sm">招待メールのリンクから、招待された方が自分でパスワードを設定します。</Text>
          <PersonFields />
          <FormActions onCancel={onDone} loading={invite.isPending}>
            招待メールを送信
          </FormActions>
        </Stack>
      </form>
    </FormProvider>
  );
}
