import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { applyProblemToForm } from '@/lib/form-errors';
import { notifySaved } from '@/lib/notify';

import type { Occupation } from '../api/masters';
import { useSaveOccupation } from '../api/occupations';

import {
  OCCUPATION_FIELDS,
  occupationDefaults,
  occupationSave,
  occupationSchema,
  type OccupationValues,
} from './occupation-values';

/** 自社の職種: 大分類/小分類 with their codes (fixed once added), 能力評価 and 使用中. */
export function OccupationForm({ occupation, onDone }: { occupation?: Occupation; onDone: () => void }) {
  const save = useSaveOccupation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<OccupationValues>({
    resolver: zodResolver(occupationSchema),
    defaultValues: occupationDefaults(occupation),
  });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await save.mutateAsync(occupationSave(values, occupation?.id));
      notifySaved();
      onDone();
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, OCCUPATION_FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <Stack>
        <SimpleGrid cols={2}>
          <TextInput
            label="大分類コード"
            withAsterisk
            disabled={Boolean(occupation)}
            {...form.register('major_code')}
            error={errors.major_code?.message}
          />
          <TextInput label="大分類" withAsterisk {...form.register('major_name')} error={errors.major_name?.message} />
          <TextInput
            label="小分類コード"
            withAsterisk
            disabled={Boolean(occupation)}
            {...form.register('minor_code')}
            error={errors.minor_code?.message}
          />
          <TextInput label="小分類" withAsterisk {...form.register('minor_name')} error={errors.minor_name?.message} />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="evaluable"
          render={({ field }) => (
            <Select
              label="能力評価"
              allowDeselect={false}
              data={[
                { value: 'yes', label: '対象' },
                { value: 'no', label: '対象外' },
                { value: 'unknown', label: '不明' },
              ]}
              value={field.value}
              onChange={(value) => value && field.onChange(value)}
            />
          )}
        />
        {occupation ? (
          <Checkbox label="使用中（外すと登録画面の選択肢に出ません）" {...form.register('is_active')} />
        ) : null}
        <FormActions onCancel={onDone} loading={save.isPending}>
          {occupation ? '更新' : '登録'}
        </FormActions>
      </Stack>
    </form>
  );
}
