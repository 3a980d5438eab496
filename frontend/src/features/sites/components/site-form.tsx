import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Fieldset, Group, Radio, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';

import { DateField } from '@/components/date-fields';
import { FormAlert } from '@/components/form-alert';
import { useMarkFixField, type FixMark } from '@/features/ccus';
import { BranchSelect } from '@/features/branches';
import { PrefectureSelect } from '@/features/masters';
import { applyProblemToForm } from '@/lib/form-errors';

import { STRUCTURE_MODE_LABELS } from './labels';
import { siteFormSchema, type SiteFormValues } from './site-form-schema';
import { SITE_FIELDS } from './site-form-values';
import { WorkLocationsField } from './work-locations-field';

// The API names a work location by its index; the form keeps each one under `.name`.
const formPath = (path: string): Path<SiteFormValues> =>
  (/^work_locations\.\d+$/.test(path) ? `${path}.name` : path) as Path<SiteFormValues>;

/** 現場の追加/編集: one form for both; a failed save keeps every value and marks the fields. */
export function SiteForm({
  defaultValues,
  submitLabel,
  onSave,
  onCancel,
  extraActions,
  fixMark,
  formId,
}: {
  defaultValues: SiteFormValues;
  submitLabel: string;
  onSave: (values: SiteFormValues) => Promise<void>;
  onCancel: () => void;
  extraActions?: ReactNode;
  /** A fix link's field: marked and focused. */
  fixMark?: FixMark;
  formId?: string;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SiteFormValues>({ resolver: zodResolver(siteFormSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;
  useMarkFixField(form, fixMark);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSave(values);
    } catch (error) {
      setFormError(applyProblemToForm(error, (path, err) => form.setError(formPath(path), err), SITE_FIELDS));
    }
  });

  const flag = (
    name: 'is_visible' | 'face_recognition' | 'uses_kentaikyo' | 'uses_legal_welfare' | 'uses_workers_comp',
    label: string,
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Checkbox label={label} checked={field.value} onChange={(e) => field.onChange(e.currentTarget.checked)} />
      )}
    />
  );

  return (
    <form id={formId} onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <Stack>
        <Fieldset legend="現場情報">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            <Controller
              control={form.control}
              name="branch_id"
              render={({ field, fieldState }) => (
                <BranchSelect
                  label="支店"
                  withAsterisk
                  clearable={false}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={fieldState.error?.message}
                />
              )}
            />
            <TextInput
              label="CCUS現場ID"
              description="14桁の数字。CCUS連携に必要です。"
              {...form.register('ccus_site_id')}
              error={errors.ccus_site_id?.message}
            />
            <TextInput
              label="現場コード"
              withAsterisk
              description="工事番号など。建退共を利用する現場は半角英数字と「-」「_」のみ。"
              {...form.register('code')}
              error={errors.code?.message}
            />
            <TextInput label="現場名" withAsterisk {...form.register('name')} error={errors.name?.message} />
            <TextInput label="電話番号" {...form.register('phone')} error={errors.phone?.message} />
            <TextInput label="郵便番号" {...form.register('postal_code')} error={errors.postal_code?.message} />
            <Controller
              control={form.control}
              name="prefecture_code"
              render={({ field, fieldState }) => (
                <PrefectureSelect
                  label="都道府県"
                  value={field.value}
                  onChange={(value) => field.onChange(value || null)}
                  error={fieldState.error?.message}
                />
              )}
            />
            <TextInput label="市区町村" withAsterisk {...form.register('city')} error={errors.city?.message} />
            <TextInput label="市区町村(カナ)" {...form.register('city_kana')} error={errors.city_kana?.message} />
            <TextInput label="住所" {...form.register('address')} error={errors.address?.message} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="就業履歴蓄積期間">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Controller
              control={form.control}
              name="period_start"
              render={({ field, fieldState }) => (
                <DateField
                  label="開始日"
                  value={field.value}
                  onChange={(value) => field.onChange(value || null)}
                  error={fieldState.error?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="period_end"
              render={({ field, fieldState }) => (
                <DateField
                  label="終了日"
                  value={field.value}
                  onChange={(value) => field.onChange(value || null)}
                  error={fieldState.error?.message}
                />
              )}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="作業場所メモ設定">
          <Stack gap="xs">
            <Controller
              control={form.control}
              name="work_location_memo"
              render={({ field }) => (
                <Switch
                  label="作業場所メモを有効にする"
                  description="有効にすると、まとめ現場になります。"
                  checked={field.value}
                  onChange={(e) => field.onChange(e.currentTarget.checked)}
                />
              )}
            />
            <WorkLocationsField form={form} />
          </Stack>
        </Fieldset>

        <Fieldset legend="施工体制/施工体制技能者情報の登録方法">
          <Controller
            control={form.control}
            name="structure_mode"
            render={({ field, fieldState }) => (
              <Radio.Group
                value={field.value}
                onChange={(value) => field.onChange(value)}
                error={fieldState.error?.message}
                aria-label="施工体制/施工体制技能者情報の登録方法"
              >
                <Stack gap={6}>
                  <Radio value="send" label={`${STRUCTURE_MODE_LABELS.send}(推奨)`} />
                  <Radio value="ccus" label={STRUCTURE_MODE_LABELS.ccus} />
                </Stack>
              </Radio.Group>
            )}
          />
          <Text size="xs" c="dimmed" mt="xs">
            「CCUSへ送信する」を選ぶと、入退場から作成した施工体制の変更をその日のうちにCCUSへ送信します。CCUSで現場登録した場合は、CCUS側で「標準APIの利用」が有効になっているか確認してください。
          </Text>
        </Fieldset>

        <Fieldset legend="利用設定">
          <Group gap="lg">
            {flag('uses_kentaikyo', '建退共')}
            {flag('uses_legal_welfare', '法定福利')}
            {flag('uses_workers_comp', '労災')}
            {flag('face_recognition', '顔認証')}
            {flag('is_visible', '現場を表示する')}
          </Group>
        </Fieldset>

        <Group justify="space-between">
          <Group>{extraActions}</Group>
          <Group>
            <Button variant="default" onClick={onCancel}>
              キャンセル
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
