import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';

import { FormAlert } from '@/components/form-alert';
import { CCUS_EDIT_FORM_ID, useMarkFixField, type FixMark } from '@/features/ccus';
import { applyProblemToForm } from '@/lib/form-errors';

import { BUSINESS_FIELDS, businessSchema, type BusinessValues } from '../lib/business-schema';

import { BusinessBranchCodeFields } from './business-branch-code-fields';
import { BusinessCcusFields } from './business-ccus-fields';
import { BusinessContactFields } from './business-contact-fields';
import { BusinessOfficeFields } from './business-office-fields';

const CCUS_NOTE = '連携: CCUS連携で情報を確認・取得するときに必要な項目です。';

/**
 * 事業者情報 as in the seed's 事業者登録. `onSave` does the request; a refusal is shown next to
 * the fields and at the top, and everything typed stays in the form.
 */
export function BusinessForm({
  defaultValues,
  isEdit = false,
  hasVerificationNumber = false,
  fixMark,
  onSave,
  onCancel,
}: {
  defaultValues: BusinessValues;
  isEdit?: boolean;
  hasVerificationNumber?: boolean;
  /** A fix link's field: marked and focused. */
  fixMark?: FixMark;
  onSave: (values: BusinessValues) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<BusinessValues>({ resolver: zodResolver(businessSchema(isEdit)), defaultValues });
  const { errors, isSubmitting } = form.formState;
  useMarkFixField(form, fixMark);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSave(values);
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, BUSINESS_FIELDS));
    }
  });

  return (
    <FormProvider {...form}>
      <form id={isEdit ? CCUS_EDIT_FORM_ID : undefined} onSubmit={onSubmit} noValidate>
        <FormAlert message={formError} />
        <Paper withBorder p="md">
          <Stack>
            <Text size="sm" c="dimmed">
              {CCUS_NOTE} 建退共: 建退共申請報告に必要な項目です。
            </Text>
            <BusinessBranchCodeFields isEdit={isEdit} />
            <BusinessContactFields />
            <BusinessOfficeFields />
            <BusinessCcusFields isEdit={isEdit} hasVerificationNumber={hasVerificationNumber} />
            <Controller
              control={form.control}
              name="is_own_company"
              render={({ field }) => (
                <Checkbox
                  label="自社"
                  description="この事業者が自社(元請)である場合にチェックします。"
                  checked={field.value}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                  error={errors.is_own_company?.message}
                />
              )}
            />
          </Stack>
        </Paper>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onCancel}>
            キャンセル
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {isEdit ? '更新' : '登録'}
          </Button>
        </Group>
      </form>
    </FormProvider>
  );
}
