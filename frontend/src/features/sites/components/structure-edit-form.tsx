import { zodResolver } from '@hookform/resolvers/zod';
import { NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { useInsuranceValues } from '@/features/masters';
import { applyProblemToForm } from '@/lib/form-errors';
import { notifySaved } from '@/lib/notify';

import { useUpdateStructureEntry, type StructureEntry } from '../api/structure';

import { changedFields } from './changed-fields';
import { CONSENT_OPTIONS } from './structure-add-form';
import {
  ENTRY_FIELDS,
  entryBody,
  INSURANCE_KINDS,
  structureEntrySchema,
  type StructureEntryValues,
} from './structure-entry-values';
import { USAGE_OPTIONS, usageValue } from './usage';

/** 利用状況設定: 利用許可状況, 法定福利, 現場労災, 保険加入状況, 建設業許可番号 and 表示順 of a business on this site. */
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
  const initial: StructureEntryValues = {
    consent: entry.consent,
    insurance: {
      health: entry.insurance.health ?? null,
      pension: entry.insurance.pension ?? null,
      employment: entry.insurance.employment ?? null,
      kentaikyo: entry.insurance.kentaikyo ?? null,
    },
    permit_number: entry.permit_number ?? '',
    display_order: entry.display_order,
    legal_welfare: usageValue(entry.legal_welfare),
    workers_comp: usageValue(entry.workers_comp),
  };
  const form = useForm<StructureEntryValues>({ resolver: zodResolver(structureEntrySchema), defaultValues: initial });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const body = changedFields(entryBody(initial), entryBody(values));
    try {
      if (Object.keys(body).length > 0) {
        await update.mutateAsync({ businessId: entry.business.id, body });
      }
      notifySaved();
      onDone();
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, ENTRY_FIELDS));
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
              label="利用許可状況"
              allowDeselect={false}
              data={CONSENT_OPTIONS}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />
        <SimpleGrid cols={2} spacing="sm">
          {(
            [
              ['legal_welfare', '法定福利'],
              ['workers_comp', '現場労災'],
            ] as const
          ).map(([name, label]) => (
            <Controller
              key={name}
              control={form.control}
              name={name}
              render={({ field }) => (
                <Select
                  label={label}
                  allowDeselect={false}
                  data={USAGE_OPTIONS}
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? 'unset')}
                />
              )}
            />
          ))}
        </SimpleGrid>
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
