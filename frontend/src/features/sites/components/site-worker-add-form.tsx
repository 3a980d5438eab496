import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { WorkerSelect } from '@/features/workers';
import { applyProblemToForm } from '@/lib/form-errors';
import { notifySaved } from '@/lib/notify';

import { useAddSiteWorker } from '../api/site-workers';
import type { StructureEntry } from '../api/structure';

import { SiteWorkerInsuranceFields } from './site-worker-insurance-fields';
import { SITE_WORKER_ADD_FIELDS, siteWorkerAddSchema, type SiteWorkerAddValues } from './site-worker-add-values';

/** 技能者追加: a worker of one of the structure's businesses joins the site's workers by hand. */
export function SiteWorkerAddForm({
  siteId,
  entries,
  businessId,
  onDone,
}: {
  siteId: string;
  entries: StructureEntry[];
  businessId: string | null;
  onDone: () => void;
}) {
  const add = useAddSiteWorker(siteId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SiteWorkerAddValues>({
    resolver: zodResolver(siteWorkerAddSchema),
    defaultValues: {
      business_id: businessId,
      worker_id: null,
      is_spot: false,
      insurance: { health: null, pension: null, employment: null },
      special_accident_insurance: false,
    },
  });
  const business = form.watch('business_id');

  const onSubmit = form.handleSubmit(async ({ business_id: _business, worker_id: workerId, ...rest }) => {
    setFormError(null);
    try {
      await add.mutateAsync({ worker_id: workerId ?? '', ...rest });
      notifySaved('施工体制技能者に追加しました。');
      onDone();
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, SITE_WORKER_ADD_FIELDS));
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
            <Select
              label="事業者"
              required
              searchable
              data={entries.map((entry) => ({ value: entry.business.id, label: entry.business.name }))}
              value={field.value}
              onChange={(value) => {
                field.onChange(value);
                form.setValue('worker_id', null);
              }}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="worker_id"
          render={({ field, fieldState }) => (
            <WorkerSelect
              key={business ?? 'none'}
              label="技能者"
              required
              businessId={business}
              disabled={!business}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <Text size="xs" c="dimmed">
          職種と立場は技能者登録の代表職種と立場で追加されます。変更は追加後の「編集」から行えます。
        </Text>
        <Controller
          control={form.control}
          name="is_spot"
          render={({ field }) => (
            <Checkbox
              label="スポット技能者に設定"
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
            />
          )}
        />
        <SiteWorkerInsuranceFields control={form.control} />
        <FormActions onCancel={onDone} loading={add.isPending}>
          追加
        </FormActions>
      </Stack>
    </form>
  );
}
