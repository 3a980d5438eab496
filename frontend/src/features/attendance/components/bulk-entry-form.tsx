import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, type Path } from 'react-hook-form';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { SiteSelect } from '@/features/sites';
import { applyProblemToForm } from '@/lib/form-errors';
import { todayInJapan } from '@/lib/format';
import { notifySaved } from '@/lib/notify';

import { useSite } from '../api/lookups';
import { useBulkRegister } from '../api/work-days';
import { bulkOverrides, toBulkEntry } from '../utils/bulk';
import { blankRow, bulkSchema, MAX_BULK_ROWS, type BulkValues } from '../utils/bulk-schema';
import { rangeLabel } from '../utils/times';

import { BulkPreview } from './bulk-preview';
import { BulkRangeModal } from './bulk-range-modal';
import { BulkRowFields } from './bulk-row-fields';

const FIELDS = ['site_id', 'date_from', 'date_to', 'rows'] as const;

/** 就業履歴一括登録: a site, a date range and rows of workers; all rows are written or none. */
export function BulkEntryForm() {
  const navigate = useNavigate();
  const register = useBulkRegister();
  const [formError, setFormError] = useState<string | null>(null);
  const [rangeOpen, setRangeOpen] = useState(false);
  const [siteLabel, setSiteLabel] = useState<string>();
  const today = todayInJapan();
  const form = useForm<BulkValues>({
    resolver: zodResolver(bulkSchema),
    defaultValues: { site_id: null, date_from: today, date_to: today, rows: [blankRow()] },
  });
  const rows = useFieldArray({ control: form.control, name: 'rows' });
  const siteId = form.watch('site_id');
  const site = useSite(siteId);
  // A まとめ現場 (作業場所メモ) needs each row's 作業場所.
  const workLocations = site.data?.work_location_memo ? site.data.work_locations : null;
  const [dateFrom, dateTo] = form.watch(['date_from', 'date_to']);
  const errors = form.formState.errors;
  const rangeError = errors.date_to?.message ?? errors.date_from?.message;
  const rowsError = errors.rows?.message ?? errors.rows?.root?.message;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    if (workLocations) {
      const missing = values.rows.flatMap((row, index) => (row.work_location ? [] : [index]));
      missing.forEach((index) =>
        form.setError(`rows.${index}.work_location`, { type: 'required', message: '作業場所を選択してください。' }),
      );
      if (missing.length > 0) return;
    }
    try {
      const result = await register.mutateAsync(toBulkEntry(values));
      notifySaved(`${result.work_days} 件の就業履歴を登録しました。`);
      void navigate({
        to: '/attendance',
        search: { site_id: values.site_id ?? undefined, date_from: values.date_from, date_to: values.date_to },
      });
    } catch (error) {
      // Nothing was written: every row stays as typed, each with its own errors.
      setFormError(applyProblemToForm(error, form.setError, FIELDS));
      for (const [path, message] of bulkOverrides(error)) {
        form.setError(path as Path<BulkValues>, { type: 'server', message });
      }
    }
  });

  return (
    <>
      <form onSubmit={onSubmit} noValidate aria-label="就業履歴一括登録">
        <FormAlert message={formError} />
        <Stack>
          <Paper withBorder p="md">
            <Controller
              control={form.control}
              name="site_id"
              render={({ field, fieldState }) => (
                <SiteSelect
                  visibleOnly
                  label="現場"
                  withAsterisk
                  placeholder="現場を選択"
                  value={field.value}
                  selectedLabel={siteLabel}
                  onChange={(value, option) => {
                    // Workers, occupations and 作業場所 belong to the site: another site starts over.
                    if (value !== field.value) rows.replace([blankRow()]);
                    field.onChange(value);
                    setSiteLabel(option?.label);
                  }}
                  error={fieldState.error?.message}
                />
              )}
            />
          </Paper>

          <Paper withBorder p="md">
            <Group justify="space-between" mb="sm">
              <div>
                <Text size="sm" fw={600}>
                  入退場日
                </Text>
                <Text size="sm" data-testid="bulk-range">
                  {rangeLabel(dateFrom, dateTo)}
                </Text>
                {rangeError ? (
                  <Text size="sm" c="red" role="alert">
                    {rangeError}
                  </Text>
                ) : null}
              </div>
              <Button variant="default" onClick={() => setRangeOpen(true)}>
                入退場日付一括変更
              </Button>
            </Group>
            <Text size="xs" c="dimmed" mb="sm">
              技能者は施工体制技能者から選択できます。退職した技能者の一括登録はできません。必要な場合は個別に就業履歴登録してください。
            </Text>
            {siteId ? (
              <Stack gap="sm">
                {rows.fields.map((field, index) => (
                  <BulkRowFields
                    key={field.id}
                    form={form}
                    index={index}
                    siteId={siteId}
                    workLocations={workLocations}
                    onRemove={rows.fields.length > 1 ? () => rows.remove(index) : null}
                  />
                ))}
                {rowsError ? (
                  <Text size="sm" c="red">
                    {rowsError}
                  </Text>
                ) : null}
                <Group>
                  <Button
                    variant="light"
                    disabled={rows.fields.length >= MAX_BULK_ROWS}
                    onClick={() => {
                      const last = form.getValues('rows').at(-1);
                      rows.append(blankRow(last));
                    }}
                  >
                    行追加
                  </Button>
                </Group>
              </Stack>
            ) : (
              <Alert color="gray" variant="light">
                現場を選択すると、技能者の行を入力できます。
              </Alert>
            )}
          </Paper>

          <Paper withBorder p="md">
            <Title order={3} size="h5" mb="sm">
              登録される就業履歴
            </Title>
            <BulkPreview control={form.control} />
          </Paper>

          <FormActions onCancel={() => void navigate({ to: '/attendance' })} loading={register.isPending}>
            就業履歴登録
          </FormActions>
        </Stack>
      </form>
      <BulkRangeModal
        opened={rangeOpen}
        from={dateFrom}
        to={dateTo}
        onClose={() => setRangeOpen(false)}
        onApply={(from, to) => {
          form.setValue('date_from', from);
          form.setValue('date_to', to);
          form.clearErrors(['date_from', 'date_to']);
          setRangeOpen(false);
        }}
      />
    </>
  );
}
