import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormAlert } from '@/components/form-alert';
import { PositionSelect } from '@/features/masters';
import { OccupationPicker } from '@/features/masters';
import { applyProblemToForm } from '@/lib/form-errors';
import { isoToJapanLocal } from '@/lib/format';
import { notifyError, notifySaved } from '@/lib/notify';

import { heldOccupationIds, useSite, useWorker } from '../api/lookups';
import { useDeleteWorkDay, useUpdateWorkDay, type WorkDay, type WorkDayUpdate } from '../api/work-days';
import { checkTimes, localDateTime, NIGHT_SHIFT_HINT, toIsoOrNull } from '../utils/work-day-schema';

const editSchema = z
  .object({
    entry_at: localDateTime,
    exit_at: localDateTime,
    occupation_id: z
      .string()
      .nullable()
      .refine((value) => Boolean(value), '職種を選択してください。'),
    position_code: z.string().nullable(),
    work_location: z.string().nullable(),
  })
  .superRefine(checkTimes);
type EditValues = z.infer<typeof editSchema>;
const FIELDS = ['entry_at', 'exit_at', 'occupation_id', 'position_code', 'work_location'] as const;

/** Corrects a work day (audited; CCUS is sent the correction) or deletes it. */
export function WorkDayEditForm({ day }: { day: WorkDay }) {
  const navigate = useNavigate();
  const update = useUpdateWorkDay(day.id);
  const remove = useDeleteWorkDay();
  const site = useSite(day.site.id);
  const worker = useWorker(day.worker.id);
  const allowedIds = useMemo(() => (worker.data ? heldOccupationIds(worker.data) : undefined), [worker.data]);
  const [formError, setFormError] = useState<string | null>(null);
  const initial: EditValues = {
    entry_at: isoToJapanLocal(day.entry_at),
    exit_at: isoToJapanLocal(day.exit_at),
    occupation_id: day.occupation_id,
    position_code: day.position_code,
    work_location: day.work_location,
  };
  const form = useForm<EditValues>({ resolver: zodResolver(editSchema), defaultValues: initial });
  const backToList = () =>
    void navigate({
      to: '/attendance',
      search: { site_id: day.site.id, date_from: day.work_date, date_to: day.work_date },
    });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    // Only what was changed: a terminal's seconds must not become an audited "correction".
    const changed = (name: keyof EditValues) => (values[name] ?? null) !== (initial[name] ?? null);
    const body: WorkDayUpdate = {};
    if (changed('entry_at')) body.entry_at = toIsoOrNull(values.entry_at);
    if (changed('exit_at')) body.exit_at = toIsoOrNull(values.exit_at);
    if (changed('occupation_id')) body.occupation_id = values.occupation_id ?? undefined;
    if (changed('position_code')) body.position_code = values.position_code;
    if (changed('work_location')) body.work_location = values.work_location;
    if (Object.keys(body).length === 0) {
      setFormError('変更された項目がありません。');
      return;
    }
    try {
      await update.mutateAsync(body);
      notifySaved('就業履歴を更新しました。');
      backToList();
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, FIELDS));
    }
  });

  const onDelete = async () => {
    const message = `${day.worker.name} さんの ${day.work_date.replaceAll('-', '/')} の就業履歴を削除しますか？\nCCUSに送信済みの場合は、CCUSからも削除されます。`;
    if (!window.confirm(message)) return;
    try {
      await remove.mutateAsync(day.id);
      notifySaved('就業履歴を削除しました。');
      backToList();
    } catch (error) {
      notifyError(error, '削除できませんでした');
    }
  };

  const errors = form.formState.errors;
  const showLocation = Boolean(site.data?.work_location_memo || day.work_location);

  return (
    <form onSubmit={onSubmit} noValidate aria-label="就業履歴の編集">
      <FormAlert message={formError} />
      <Paper withBorder p="md">
        <Stack>
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
          <Text size="xs" c="dimmed">
            日本時間で入力してください。{NIGHT_SHIFT_HINT}就業日は変更できません。
          </Text>
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
            {showLocation ? (
              <Controller
                control={form.control}
                name="work_location"
                render={({ field, fieldState }) => (
                  <Select
                    label="作業場所"
                    clearable
                    data={[
                      ...new Set([
                        ...(site.data?.work_locations ?? []),
                        ...(day.work_location ? [day.work_location] : []),
                      ]),
                    ]}
                    value={field.value}
                    onChange={field.onChange}
                    error={fieldState.error?.message}
                  />
                )}
              />
            ) : null}
          </SimpleGrid>
          <Alert color="blue" variant="light">
            更新すると変更内容が記録され、CCUS連携状態は「送信待ち」に戻って訂正がCCUSへ送信されます。
          </Alert>
        </Stack>
      </Paper>
      <Group justify="space-between" mt="md">
        <Button color="red" variant="light" onClick={() => void onDelete()} loading={remove.isPending}>
          削除
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={backToList}>
            キャンセル
          </Button>
          <Button type="submit" loading={update.isPending}>
            更新
          </Button>
        </Group>
      </Group>
    </form>
  );
}
