import { zodResolver } from '@hookform/resolvers/zod';
import { NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { useInsuranceValues } from '@/features/masters';
import { applyProblemToForm } from '@/lib/form-errors';
import { notifySaved } from '@/lib/notify';

import { useUpdateStructureEntry, type StructureEntry } from '../api/structure';

import { CONSENT_OPTIONS } from './structure-add-form';
import { changedFields } from './site-form-schema';

export const INSURANCE_KINDS = [
  ['health', '健康保険'],
  ['pension', '年金保険'],
  ['employment', '雇用保険'],
  ['kentaikyo', '建退共'],
] as const;

const schema = z.object({
  consent: z.enum(['unanswered', 'agreed', 'refused']),
  insurance: z.object({
    health: z.string().nullable(),
    pension: z.string().nullable(),
    employment: z.string().nullable(),
    kentaikyo: z.string().nullable(),
  }),
  permit_number: z.string().trim().max(30, '30文字以内で入力してください。'),
  display_order: z.number().int().min(0, '0以上で入力してください。').max(10000, '10000以下で入力してください。'),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['consent', 'insurance', 'permit_number', 'display_order'] as const;

const toBody = (values: Values) => ({
  consent: values.consent,
  insurance: values.insurance,
  permit_number: values.permit_number.trim() || null,
  display_order: values.display_order,
});

/** 利用状況設定: 利用同意, 保険加入状況, 建設業許可番号 and 表示順 of a business on this site. */
export function StructureEditForm({
  siteId,
  entry,
  onDone,
}: {
  siteId: string;
  entry: StructureEntry;
  onDone: () => void;
}) {
  const update = useUpdateStructureEntry(siteId);
  const insuranceValues = useInsuranceValues();
  const [formError, setFormError] = useState<string | null>(null);
  const initial: Values = {
    consent: entry.consent,
    insurance: {
      health: entry.insurance.health ?? null,
      pension: entry.insurance.pension ?? null,
      employment: entry.insurance.employment ?? null,
      kentaikyo: entry.insurance.kentaikyo ?? null,
    },
    permit_number: entry.permit_number ?? '',
    display_order: entry.display_order,
  };
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: initial });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const body = changedFields(toBody(initial), toBody(values));
    try {
      if (Object.keys(body).length > 0) {
        await update.mutateAsync({ businessId: entry.business.id, body });
      }
      notifySaved();
      onDone();
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <Stack>
        <Text size="sm">{entry.business.name}</Text>
        <Controller
          control={form.control}
          name="consent"
          render={({ field }) => (
            <Select
              label="利用同意"
              allowDeselect={false}
              data={CONSENT_OPTIONS}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />
        <SimpleGrid cols={2} spacing="sm">
          {INSURANCE_KINDS.map(([kind, label]) => (
            <Controller
              key={kind}
              control={form.control}
              name={`insurance.${kind}`}
              render={({ field, fieldState }) => (
                <Select
                  label={label}
                  clearable
                  data={(insuranceValues.data ?? [])
                    .filter((value) => value.kind === kind)
                    .map((value) => ({ value: value.code, label: value.name }))}
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldState.error?.message}
                />
              )}
            />
          ))}
        </SimpleGrid>
        <TextInput
          label="建設業許可番号"
          {...form.register('permit_number')}
          error={form.formState.errors.permit_number?.message}
        />
        <Controller
          control={form.control}
          name="display_order"
          render={({ field, fieldState }) => (
            <NumberInput
              label="表示順"
              min={0}
              max={10000}
              value={field.value}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : 0)}
              error={fieldState.error?.message}
            />
          )}
        />
        <FormActions onCancel={onDone} loading={update.isPending}>
          更新
        </FormActions>
      </Stack>
    </form>
  );
}
