import { zodResolver } from '@hookform/resolvers/zod';
import { NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { applyProblemToForm } from '@/lib/form-errors';
import { notifySaved } from '@/lib/notify';

import { useSaveBranch, type Branch } from '../api/branches';

import { BRANCH_FIELDS, branchSchema, type BranchValues } from './branch-values';

export function BranchForm({ branch, onDone }: { branch?: Branch; onDone: () => void }) {
  const save = useSaveBranch();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<BranchValues>({
    resolver: zodResolver(branchSchema),
    defaultValues: {
      code: branch?.code ?? '',
      name: branch?.name ?? '',
      display_order: branch?.display_order ?? 0,
    },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await save.mutateAsync({ id: branch?.id, body: values });
      notifySaved();
      onDone();
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, BRANCH_FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <Stack>
        <TextInput
          label="拠点・支店コード"
          withAsterisk
          {...form.register('code')}
          error={form.formState.errors.code?.message}
        />
        <TextInput
          label="拠点・支店名"
          withAsterisk
          {...form.register('name')}
          error={form.formState.errors.name?.message}
        />
        <Controller
          control={form.control}
          name="display_order"
          render={({ field, fieldState }) => (
            <NumberInput
              label="表示順"
              min={0}
              value={field.value}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : 0)}
              error={fieldState.error?.message}
            />
          )}
        />
        <FormActions onCancel={onDone} loading={save.isPending}>
          {branch ? '更新' : '登録'}
        </FormActions>
      </Stack>
    </form>
  );
}
