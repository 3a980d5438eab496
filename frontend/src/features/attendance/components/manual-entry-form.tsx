import { zodResolver } from '@hookform/resolvers/zod';
import { Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { BusinessSelect } from '@/features/businesses';
import { SiteSelect } from '@/features/sites';
import { WorkerSelect } from '@/features/workers';
import { PositionSelect } from '@/features/masters';
import { OccupationPicker } from '@/features/masters';
import { applyProblemToForm } from '@/lib/form-errors';
import { notifySaved } from '@/lib/notify';
import { ApiError } from '@/lib/problem';

import {
  fetchWorkerDefaults,
  heldOccupationIds,
  siteLabel,
  useSite,
  useWorker,
  workerOptionLabel,
} from '../api/lookups';
import { useCreateWorkDay } from '../api/work-days';
import { defaultTimes, todayInJapan } from '../utils/entry-defaults';
import { entryOverrides } from '../utils/entry-messages';
import { checkTimes, localDateTime, NIGHT_SHIFT_HINT, toIsoOrNull } from '../utils/work-day-schema';

import { AnyWorkerCheckbox } from './any-worker-checkbox';
import { ExistingDayLink } from './existing-day-link';

const required = (message: string) =>
  z
    .string()
    .nullable()
    .refine((value) => Boolean(value), message);

const manualSchema = z
  .object({
    site_id: required('現場を選択してください。'),
    business_id: z.string().nullable(),
    worker_id: required('技能者を選択してください。'),
    occupation_id: z.string().nullable(),
    position_code: z.string().nullable(),
    work_location: z.string().nullable(),
    entry_at: localDateTime,
    exit_at: localDateTime,
  })
  .superRefine(checkTimes);
type ManualValues = z.infer<typeof manualSchema>;
const FIELDS = [
  'site_id',
  'worker_id',
  'occupation_id',
  'position_code',
  'work_location',
  'entry_at',
  'exit_at',
] as const;

/**
 * Times that are valid at any hour: a day that is over starts 08:00–17:00; today starts now
 * (rounded down) with the exit left open, to be entered when the worker leaves.
 */
function initialTimes(date: string | undefined) {
  const times = defaultTimes(date ?? todayInJapan());
  return { entry_at: `${times.date}T${times.entry}`, exit_at: times.exit ? `${times.date}T${times.exit}` : '' };
}

export type ManualEntryDefaults = { site_id?: string; worker_id?: string; date?: string };

/** 就業履歴登録 (手動登録): one worker's day on one site, for a day the terminal missed. */
export function ManualEntryForm({ defaults }: { defaults: ManualEntryDefaults }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreateWorkDay();
  const [formError, setFormError] = useState<string | null>(null);
  const [exists, setExists] = useState(false);
  const [anyWorker, setAnyWorker] = useState(false);
  const [labels, setLabels] = useState<{ site?: string; business?: string; worker?: string }>({});
  const form = useForm<ManualValues>({
    resolver: zodResolver(manualSchema),
    defaultValues: {
      site_id: defaults.site_id ?? null,
      business_id: null,
      worker_id: defaults.worker_id ?? null,
      occupation_id: null,
      position_code: null,
      work_location: null,
      ...initialTimes(defaults.date),
    },
  });
  const siteId = form.watch('site_id');
  const businessId = form.watch('business_id');
  const workerId = form.watch('worker_id');
  const site = useSite(siteId);
  const worker = useWorker(workerId);
  const allowedIds = useMemo(() => (worker.data ? heldOccupationIds(worker.data) : undefined), [worker.data]);

  const fillWorkerDefaults = async (id: string) => {
    const defaults = await fetchWorkerDefaults(queryClient, id, form.getValues('site_id'));
    if (!defaults || form.getValues('worker_id') !== id) return;
    form.setValue('business_id', defaults.worker.business.id);
    form.setValue('occupation_id', defaults.occupation_id);
    form.setValue('position_code', defaults.position_code);
  };
  const filledFromUrl = useRef(false);
  useEffect(() => {
    if (filledFromUrl.current || !defaults.worker_id) return;
    filledFromUrl.current = true;
    void fillWorkerDefaults(defaults.worker_id);
    // Once, for a worker given by the URL; later choices fill their defaults in onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs on mount only, by design
  }, []);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setExists(false);
    try {
      const saved = await create.mutateAsync({
        site_id: values.site_id ?? '',
        worker_id: values.worker_id ?? '',
        occupation_id: values.occupation_id,
        position_code: values.position_code,
        work_location: values.work_location,
        entry_at: toIsoOrNull(values.entry_at),
        exit_at: toIsoOrNull(values.exit_at),
      });
      notifySaved('就業履歴を登録しました。');
      void navigate({
        to: '/attendance',
        search: { site_id: saved.site.id, date_from: saved.work_date, date_to: saved.work_date },
      });
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, FIELDS));
      for (const [path, message] of entryOverrides(error)) {
        if (path === 'entry_at' || path === 'exit_at') form.setError(path, { type: 'server', message });
      }
      setExists(error instanceof ApiError && error.code === 'work_day.exists');
    }
  });
  const errors = form.formState.errors;
  const day = (form.getValues('entry_at') || form.getValues('exit_at')).slice(0, 10);

  return (
    <form onSubmit={onSubmit} noValidate aria-label="就業履歴登録">
      <FormAlert message={formError} />
      {exists ? <ExistingDayLink siteId={siteId} workerId={workerId} day={day} /> : null}
      <Stack>
        <Paper withBorder p="md">
          <Stack>
            <Controller
              control={form.control}
              name="site_id"
              render={({ field, fieldState }) => (
                <SiteSelect
                  visibleOnly
                  label="現場"
                  withAsterisk
                  placeholder="現場名・現場コードで検索"
                  value={field.value}
                  selectedLabel={labels.site ?? (site.data ? siteLabel(site.data) : undefined)}
                  onChange={(value, option) => {
                    field.onChange(value);
                    setLabels((prev) => ({ ...prev, site: option?.label }));
                  }}
                  error={fieldState.error?.message}
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={form.control}
                name="business_id"
                render={({ field }) => (
                  <BusinessSelect
                    label="支店/事業者"
                    placeholder="事業者で絞り込み"
                    siteId={anyWorker ? null : siteId}
                    value={field.value}
                    selectedLabel={labels.business ?? worker.data?.business.name}
                    onChange={(value, option) => {
                      field.onChange(value);
                      setLabels((prev) => ({ ...prev, business: option?.label }));
                      if (value && worker.data && worker.data.business.id !== value) form.setValue('worker_id', null);
                    }}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="worker_id"
                render={({ field, fieldState }) => (
                  <WorkerSelect
                    label="技能者"
                    withAsterisk
                    placeholder="氏名・カナで検索"
                    status="all"
                    siteId={anyWorker ? null : siteId}
                    businessId={businessId}
                    value={field.value}
                    selectedLabel={labels.worker ?? (worker.data ? workerOptionLabel(worker.data) : undefined)}
                    onChange={(value, option) => {
                      field.onChange(value);
                      setLabels((prev) => ({ ...prev, worker: option?.label }));
                      if (value) void fillWorkerDefaults(value);
                    }}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </SimpleGrid>
            <AnyWorkerCheckbox checked={anyWorker} onChange={setAnyWorker} />
            <Controller
              control={form.control}
              name="occupation_id"
              render={({ field, fieldState }) => (
                <OccupationPicker
                  value={field.value}
                  onChange={field.onChange}
                  allowedIds={allowedIds}
                  error={fieldState.error?.message}
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={form.control}
                name="position_code"
                render={({ field, fieldState }) => (
                  <PositionSelect
                    label="立場"
                    placeholder="--"
                    value={field.value}
                    onChange={field.onChange}
                    error={fieldState.error?.message}
                  />
                )}
              />
              {site.data?.work_location_memo ? (
                <Controller
                  control={form.control}
                  name="work_location"
                  render={({ field, fieldState }) => (
                    <Select
                      label="作業場所"
                      withAsterisk
                      data={site.data?.work_locations ?? []}
                      value={field.value}
                      onChange={field.onChange}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              ) : null}
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="datetime-local"
              label="入場日時"
              {...form.register('entry_at')}
              error={errors.entry_at?.message}
            />
            <TextInput
              type="datetime-local"
              label="退場日時"
              {...form.register('exit_at')}
              error={errors.exit_at?.message}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            日本時間で入力してください。まだ現場にいる技能者は退場日時を空欄にし、退場後に入力してください。
            {NIGHT_SHIFT_HINT}
          </Text>
        </Paper>
        <FormActions
          onCancel={() => void navigate({ to: '/attendance', search: { site_id: siteId ?? undefined } })}
          loading={create.isPending}
        >
          就業履歴登録
        </FormActions>
      </Stack>
    </form>
  );
}
