import { Button, Group, Paper, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';

import { BusinessSelect } from '@/features/businesses';
import { WorkerSelect } from '@/features/workers';
import { PositionSelect } from '@/features/masters';
import { OccupationPicker } from '@/features/masters';

import { fetchWorkerDefaults, heldOccupationIds, useWorker, workerName, workerOptionLabel } from '../api/lookups';
import { exitIsNextDay, type BulkValues } from '../utils/bulk-schema';

/** One row of 就業履歴一括登録: a worker of the site with occupation, position and times. */
export function BulkRowFields({
  form,
  index,
  siteId,
  workLocations,
  onRemove,
}: {
  form: UseFormReturn<BulkValues>;
  index: number;
  siteId: string | null;
  workLocations: string[] | null;
  onRemove: (() => void) | null;
}) {
  const queryClient = useQueryClient();
  const row = useWatch({ control: form.control, name: `rows.${index}` });
  const worker = useWorker(row.worker_id);
  const allowedIds = useMemo(() => (worker.data ? heldOccupationIds(worker.data) : undefined), [worker.data]);
  const rowErrors = form.formState.errors.rows?.[index];
  const name = `${index + 1}行目`;

  // The worker decides the business; the site decides the default occupation and position.
  const chooseWorker = async (workerId: string) => {
    const defaults = await fetchWorkerDefaults(queryClient, workerId, siteId);
    if (!defaults || form.getValues(`rows.${index}.worker_id`) !== workerId) return;
    const { worker: chosen } = defaults;
    form.setValue(`rows.${index}.worker_label`, workerOptionLabel(chosen));
    form.setValue(`rows.${index}.worker_name`, workerName(chosen));
    form.setValue(`rows.${index}.business_id`, chosen.business.id);
    form.setValue(`rows.${index}.business_label`, chosen.business.name);
    form.setValue(`rows.${index}.occupation_id`, defaults.occupation_id);
    form.setValue(`rows.${index}.position_code`, defaults.position_code);
  };

  return (
    <Paper
      withBorder
      p="sm"
      role="group"
      aria-label={name}
      style={rowErrors ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
    >
      <Group justify="space-between" mb="xs">
        <Text size="sm" fw={600}>
          {name}
        </Text>
        {onRemove ? (
          <Button size="compact-xs" variant="subtle" color="red" onClick={onRemove}>
            削除
          </Button>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Controller
          control={form.control}
          name={`rows.${index}.business_id`}
          render={({ field, fieldState }) => (
            <BusinessSelect
              label="支店/事業者"
              placeholder="事業者で絞り込み"
              siteId={siteId}
              value={field.value}
              selectedLabel={row.business_label || undefined}
              onChange={(value, option) => {
                field.onChange(value);
                form.setValue(`rows.${index}.business_label`, option?.label ?? '');
                if (row.worker_id) {
                  form.setValue(`rows.${index}.worker_id`, null);
                  form.setValue(`rows.${index}.worker_label`, '');
                  form.setValue(`rows.${index}.worker_name`, '');
                }
              }}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name={`rows.${index}.worker_id`}
          render={({ field, fieldState }) => (
            <WorkerSelect
              label="技能者"
              withAsterisk
              placeholder="施工体制技能者から選択"
              siteId={siteId}
              businessId={row.business_id}
              value={field.value}
              selectedLabel={row.worker_label || undefined}
              onChange={(value, option) => {
                field.onChange(value);
                form.setValue(`rows.${index}.worker_label`, option?.label ?? '');
                if (value) void chooseWorker(value);
              }}
              error={fieldState.error?.message}
            />
          )}
        />
      </SimpleGrid>
      <Controller
        control={form.control}
        name={`rows.${index}.occupation_id`}
        render={({ field, fieldState }) => (
          <OccupationPicker
            value={field.value}
            onChange={field.onChange}
            allowedIds={allowedIds}
            error={fieldState.error?.message}
          />
        )}
      />
      {workLocations ? (
        <Controller
          control={form.control}
          name={`rows.${index}.work_location`}
          render={({ field, fieldState }) => (
            <Select
              label="作業場所"
              withAsterisk
              mt="xs"
              data={workLocations}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
        <Controller
          control={form.control}
          name={`rows.${index}.position_code`}
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
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }} mt="xs">
        <TextInput
          type="date"
          label="入場日"
          withAsterisk
          {...form.register(`rows.${index}.date_from`)}
          error={rowErrors?.date_from?.message}
        />
        <TextInput
          type="date"
          label="最終日"
          description="同じ時刻で毎日登録"
          {...form.register(`rows.${index}.date_to`)}
          error={rowErrors?.date_to?.message}
        />
        <TextInput
          type="time"
          label="入場時刻"
          withAsterisk
          {...form.register(`rows.${index}.entry_time`)}
          error={rowErrors?.entry_time?.message}
        />
        <TextInput
          type="time"
          label="退場時刻"
          description={exitIsNextDay(row) ? '翌日の時刻として登録されます' : '退場前なら空欄(当日のみ)'}
          {...form.register(`rows.${index}.exit_time`)}
          error={rowErrors?.exit_time?.message}
        />
      </SimpleGrid>
    </Paper>
  );
}
