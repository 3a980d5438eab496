import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';

import { FormAlert } from '@/components/form-alert';
import { SiteSelect } from '@/features/sites';
import { notifySaved } from '@/lib/notify';

import { useSite } from '../api/lookups';
import { useBulkRegister } from '../api/work-days';
import { expandRows, toBulkEntry, type PreviewLine } from '../utils/bulk';
import { previewErrors } from '../utils/bulk-errors';
import { blankRow, bulkSchema, MAX_BULK_LINES, type BulkRowValues, type BulkValues } from '../utils/bulk-schema';
import { defaultTimes, todayInJapan } from '../utils/entry-defaults';

import { BulkPreview } from './bulk-preview';
import { BulkRangeModal } from './bulk-range-modal';
import { BulkRows } from './bulk-rows';

const FIELDSET = { border: 0, margin: 0, padding: 0, minWidth: 0 };

/** Today, entered at the current time rounded down, exit left open: valid at any hour. */
function freshRow(): BulkRowValues {
  const times = defaultTimes(todayInJapan());
  return blankRow({ date_from: times.date, date_to: times.date, entry_time: times.entry, exit_time: times.exit });
}

const freshValues = (): BulkValues => ({ site_id: null, rows: [freshRow()] });

/**
 * 就業履歴一括登録: a site and rows of workers, each with its dates and times. 登録開始 lists the
 * work days to save, where single days can be removed; 就業履歴登録 saves them all or none.
 */
export function BulkEntryForm() {
  const navigate = useNavigate();
  const register = useBulkRegister();
  const [formError, setFormError] = useState<string | null>(null);
  const [rangeOpen, setRangeOpen] = useState(false);
  const [siteLabel, setSiteLabel] = useState<string>();
  const [lines, setLines] = useState<PreviewLine[] | null>(null);
  const [lineErrors, setLineErrors] = useState(new Map<number, string[]>());
  const form = useForm<BulkValues>({ resolver: zodResolver(bulkSchema), defaultValues: freshValues() });
  const rows = useFieldArray({ control: form.control, name: 'rows' });
  const siteId = form.watch('site_id');
  const site = useSite(siteId);
  // A まとめ現場 (作業場所メモ) needs each row's 作業場所.
  const workLocations = site.data?.work_location_memo ? site.data.work_locations : null;
  const previewing = lines !== null;

  const startPreview = form.handleSubmit((values) => {
    setFormError(null);
    if (workLocations) {
      const missing = values.rows.flatMap((row, index) => (row.work_location ? [] : [index]));
      missing.forEach((index) =>
        form.setError(`rows.${index}.work_location`, { type: 'required', message: '作業場所を選択してください。' }),
      );
      if (missing.length > 0) return;
    }
    const expanded = expandRows(values.rows);
    if (expanded.length > MAX_BULK_LINES) {
      setFormError(`一度に登録できるのは${MAX_BULK_LINES}件までです。期間か行を減らしてください。`);
      return;
    }
    setLineErrors(new Map());
    setLines(expanded);
  });

  const reset = () => {
    form.reset(freshValues());
    setSiteLabel(undefined);
    setLines(null);
    setLineErrors(new Map());
    setFormError(null);
  };

  const save = async () => {
    if (!lines || !siteId) return;
    setFormError(null);
    try {
      const result = await register.mutateAsync(toBulkEntry(siteId, lines));
      notifySaved(`${result.work_days} 件の就業履歴を登録しました。`);
      const dates = lines.map((line) => line.date).sort();
      void navigate({ to: '/attendance', search: { site_id: siteId, date_from: dates[0], date_to: dates.at(-1) } });
    } catch (error) {
      // Nothing was written: every line stays, each with its own errors.
      const found = previewErrors(error);
      setLineErrors(found.lines);
      setFormError(found.other);
    }
  };

  const removeLine = (key: string) => {
    setLines((current) => current?.filter((line) => line.key !== key) ?? null);
    // Indexes move when a line goes: the server's answers no longer match them.
    setLineErrors(new Map());
  };

  return (
    <>
      <form onSubmit={startPreview} noValidate aria-label="就業履歴一括登録">
        <FormAlert message={formError} />
        <Stack>
          <fieldset disabled={previewing} style={FIELDSET}>
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
                        if (value !== field.value) rows.replace([blankRow(form.getValues('rows')[0] ?? freshRow())]);
                        field.onChange(value);
                        setSiteLabel(option?.label);
                      }}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              </Paper>
            </Stack>
          </fieldset>
          <Group>
            <Button type="submit" disabled={previewing}>
              登録開始
            </Button>
            <Button variant="default" onClick={reset}>
              条件リセット
            </Button>
          </Group>
          <fieldset disabled={previewing} style={FIELDSET}>
            <Stack>
              <Paper withBorder p="md">
                <Group justify="space-between" mb="sm">
                  <Text size="sm">
                    技能者は施工体制技能者から選択できます。退職した技能者の一括登録はできません。必要な場合は個別に就業履歴登録してください。
                  </Text>
                  <Button variant="default" onClick={() => setRangeOpen(true)}>
                    入退場日付一括変更
                  </Button>
                </Group>
                {siteId ? (
                  <BulkRows form={form} rows={rows} siteId={siteId} workLocations={workLocations} newRow={freshRow} />
                ) : (
                  <Alert color="gray" variant="light">
                    現場を選択すると、技能者の行を入力できます。
                  </Alert>
                )}
              </Paper>
            </Stack>
          </fieldset>
        </Stack>
      </form>

      {previewing ? (
        <Paper withBorder p="md" mt="md">
          <Title order={3} size="h5" mb="sm">
            登録される就業履歴
          </Title>
          <BulkPreview lines={lines} errors={lineErrors} onRemove={removeLine} />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setLines(null)}>
              キャンセル
            </Button>
            <Button onClick={() => void save()} loading={register.isPending} disabled={lines.length === 0}>
              就業履歴登録
            </Button>
          </Group>
        </Paper>
      ) : null}

      <BulkRangeModal
        opened={rangeOpen}
        from={form.getValues('rows.0.date_from')}
        to={form.getValues('rows.0.date_to')}
        onClose={() => setRangeOpen(false)}
        onApply={(from, to) => {
          form.getValues('rows').forEach((_, index) => {
            form.setValue(`rows.${index}.date_from`, from);
            form.setValue(`rows.${index}.date_to`, to);
          });
          form.clearErrors('rows');
          setRangeOpen(false);
        }}
      />
    </>
  );
}
