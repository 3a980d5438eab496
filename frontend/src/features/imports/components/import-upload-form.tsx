import { zodResolver } from '@hookform/resolvers/zod';
import { Button, FileInput, Group, Paper, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

import { DownloadButton } from '@/components/download-button';
import { FormAlert } from '@/components/form-alert';
import { applyProblemToForm } from '@/lib/form-errors';

import { templateUrl, useUploadImport, type ImportJob, type ImportKind } from '../api/imports';
import { KIND_LABELS, MODE_LABELS } from '../lib/labels';

const ACCEPT = '.xlsx,.csv';

const uploadSchema = z.object({
  file: z
    .instanceof(File)
    .nullable()
    .transform((file, ctx) => {
      if (file === null) {
        ctx.addIssue({ code: 'custom', message: '取り込むファイルを選択してください。' });
        return z.NEVER;
      }
      if (!/\.(xlsx|csv)$/i.test(file.name)) {
        ctx.addIssue({ code: 'custom', message: 'Excel(.xlsx)またはCSVファイルを選択してください。' });
        return z.NEVER;
      }
      return file;
    }),
  mode: z.enum(['all_or_nothing', 'valid_rows_only']),
});
type UploadValues = z.input<typeof uploadSchema>;
type UploadParsed = z.output<typeof uploadSchema>;
const FIELDS = ['file', 'mode'] as const;

/**
 * 一括取込: choose what to import, fill in the template, upload it. The import then runs on the
 * server; `onStarted` gets the job to follow.
 */
export function ImportUploadForm({
  kind,
  onKindChange,
  onStarted,
}: {
  kind: ImportKind;
  onKindChange: (kind: ImportKind) => void;
  onStarted: (job: ImportJob) => void;
}) {
  const upload = useUploadImport();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<UploadValues, unknown, UploadParsed>({
    resolver: zodResolver(uploadSchema),
    defaultValues: { file: null, mode: 'all_or_nothing' },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      onStarted(await upload.mutateAsync({ kind, mode: values.mode, file: values.file }));
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, FIELDS));
    }
  });

  return (
    <Paper withBorder p="md" mb="lg" component="form" onSubmit={onSubmit} noValidate aria-label="一括取込">
      <FormAlert message={formError} title="取込を開始できませんでした" />
      <Stack>
        <div>
          <Text size="sm" fw={500} mb={4} id="import-kind-label">
            取込データ
          </Text>
          <SegmentedControl
            aria-labelledby="import-kind-label"
            value={kind}
            onChange={(value) => onKindChange(value)}
            data={(Object.keys(KIND_LABELS) as ImportKind[]).map((value) => ({ value, label: KIND_LABELS[value] }))}
          />
        </div>
        <Group gap="sm" align="center">
          <DownloadButton url={templateUrl(kind)} fileName={`${KIND_LABELS[kind]}取込テンプレート.xlsx`}>
            テンプレートをダウンロード
          </DownloadButton>
          <Text size="xs" c="dimmed">
            テンプレートの見出し行はそのままにして、2行目から入力してください(必須の列は色付き、記入方法シートあり)。
          </Text>
        </Group>
        <Controller
          control={form.control}
          name="file"
          render={({ field, fieldState }) => (
            <FileInput
              label="取込ファイル"
              withAsterisk
              placeholder="Excel(.xlsx)またはCSVを選択"
              accept={ACCEPT}
              clearable
              value={field.value ?? null}
              onChange={(file) => field.onChange(file)}
              error={fieldState.error?.message}
              maw={480}
            />
          )}
        />
        <Controller
          control={form.control}
          name="mode"
          render={({ field }) => (
            <Radio.Group label="取込方法" value={field.value} onChange={field.onChange}>
              <Stack gap={6} mt={6}>
                <Radio value="all_or_nothing" label={MODE_LABELS.all_or_nothing} />
                <Radio value="valid_rows_only" label={MODE_LABELS.valid_rows_only} />
              </Stack>
            </Radio.Group>
          )}
        />
        <Group>
          <Button type="submit" loading={upload.isPending}>
            取込開始
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
