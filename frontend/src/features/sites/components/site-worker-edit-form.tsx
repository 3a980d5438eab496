import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { QueryState } from '@/components/page-states';
import { OccupationPicker, PositionSelect } from '@/features/masters';
import { heldOccupationIds, useWorker, type Worker } from '@/features/workers';
import { applyProblemToForm } from '@/lib/form-errors';
import { notifySaved } from '@/lib/notify';

import { useUpdateSiteWorker, type SiteWorker } from '../api/site-workers';

import { changedFields } from './changed-fields';
import { SiteWorkerInsuranceFields } from './site-worker-insurance-fields';
import { SITE_WORKER_FIELDS, siteWorkerSchema, siteWorkerValues, type SiteWorkerValues } from './site-worker-values';

/** 施工体制技能者編集: the 職種 can only be one the worker holds (代表職種 or a further one); 保険加入状況 and
 * 特別加入労災 as on the site. */
export function SiteWorkerEditForm({
  siteId,
  siteWorker,
  employmentType,
  onDone,
}: {
  siteId: string;
  siteWorker: SiteWorker;
  employmentType: string;
  onDone: () => void;
}) {
  const worker = useWorker(siteWorker.worker.id);
  return (
    <QueryState query={worker}>
      {(data) => (
        <EditForm
          siteId={siteId}
          siteWorker={siteWorker}
          worker={data}
          employmentType={employmentType}
          onDone={onDone}
        />
      )}
    </QueryState>
  );
}

function EditForm({
  siteId,
  siteWorker,
  worker,
  employmentType,
  onDone,
}: {
  siteId: string;
  siteWorker: SiteWorker;
  worker: Worker;
  employmentType: string;
  onDone: () => void;
}) {
  const update = useUpdateSiteWorker(siteId);
  const [formError, setFormError] = useState<string | null>(null);
  const initial: SiteWorkerValues = siteWorkerValues(siteWorker);
  const form = useForm<SiteWorkerValues>({ resolver: zodResolver(siteWorkerSchema), defaultValues: initial });
  const allowedIds = heldOccupationIds(worker);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const { occupation_id: occupation, ...rest } = changedFields(initial, values);
    const body = occupation ? { ...rest, occupation_id: occupation } : rest;
    try {
      if (Object.keys(body).length > 0) {
        await update.mutateAsync({ workerId: siteWorker.worker.id, body });
      }
      notifySaved();
      onDone();
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, SITE_WORKER_FIELDS));
    }
  });

  const facts: [string, string][] = [
    ['技能者コード', worker.code],
    ['技能者名', `${worker.family_name} ${worker.given_name}`],
    ['技能者名(カナ)', `${worker.family_kana} ${worker.given_kana}`],
    ['携帯電話番号', worker.phones[0] ?? ''],
    ['雇用区分', employmentType],
  ];

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <Stack>
        <Table variant="vertical" withTableBorder fz="sm">
          <Table.Tbody>
            {facts.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={140}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Controller
          control={form.control}
          name="occupation_id"
          render={({ field, fieldState }) => (
            <OccupationPicker
              required
              value={field.value}
              onChange={field.onChange}
              allowedIds={allowedIds}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="position_code"
          render={({ field, fieldState }) => (
            <PositionSelect
              label="立場"
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="is_spot"
          render={({ field }) => (
            <Checkbox
              label="スポット技能者に設定"
              checked={field.value}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
            />
          )}
        />
        <SiteWorkerInsuranceFields control={form.control} />
        <FormActions onCancel={onDone} loading={update.isPending}>
          更新
        </FormActions>
      </Stack>
    </form>
  );
}
