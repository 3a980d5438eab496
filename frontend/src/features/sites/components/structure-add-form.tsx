import { zodResolver } from '@hookform/resolvers/zod';
import { Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { BusinessSelect } from '@/features/businesses';
import { applyProblemToForm } from '@/lib/form-errors';
import { notifySaved } from '@/lib/notify';

import { useAddStructureEntry, type StructureEntry } from '../api/structure';

import { CONSENT_LABELS } from './labels';
import { PlacementFields, placementBody, placementIssue } from './placement-fields';

const schema = z
  .object({
    business_id: z.string().min(1, '事業者を選択してください。'),
    tier: z.string(),
    upper_business_id: z.string().nullable(),
    consent: z.enum(['unanswered', 'agreed', 'refused']),
    permit_number: z.string().trim().max(30, '30文字以内で入力してください。'),
  })
  .superRefine((values, ctx) => {
    const issue = placementIssue(values);
    if (issue) ctx.addIssue({ code: 'custom', path: ['upper_business_id'], message: issue });
  });
type Values = z.infer<typeof schema>;
const FIELDS = ['business_id', 'tier', 'upper_business_id', 'consent', 'permit_number'] as const;

export const CONSENT_OPTIONS = Object.entries(CONSENT_LABELS).map(([value, label]) => ({ value, label }));

/** 事業者を追加: puts a business into the site's structure at a tier under its upper business. */
export function StructureAddForm({
  siteId,
  entries,
  onDone,
}: {
  siteId: string;
  entries: StructureEntry[];
  onDone: () => void;
}) {
  const add = useAddStructureEntry(siteId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { business_id: '', tier: '1', upper_business_id: null, consent: 'unanswered', permit_number: '' },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await add.mutateAsync({
        business_id: values.business_id,
        ...placementBody(values),
        // Last among its siblings, as the seed lists businesses in the order they joined.
        display_order: Math.max(0, ...entries.map((entry) => entry.display_order + 1)),
        consent: values.consent,
        permit_number: values.permit_number || null,
      });
      notifySaved('施工体制に事業者を追加しました。');
      onDone();
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <Stack>
        <Controller
          control={form.control}
          name="business_id"
          render={({ field, fieldState }) => (
            <BusinessSelect
              label="事業者"
              withAsterisk
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              error={fieldState.error?.message}
            />
          )}
        />
        <PlacementFields control={form.control} watch={form.watch} entries={entries} />
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
        <TextInput
          label="建設業許可番号"
          {...form.register('permit_number')}
          error={form.formState.errors.permit_number?.message}
        />
        <FormActions onCancel={onDone} loading={add.isPending}>
          追加
        </FormActions>
      </Stack>
    </form>
  );
}
