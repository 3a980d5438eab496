import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Divider, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';

import { FormAlert } from '@/components/form-alert';
import { BranchMultiSelect } from '@/features/branches';
import { PrefectureSelect } from '@/features/masters';
import { applyProblemToForm } from '@/lib/form-errors';

import { BUSINESS_FIELDS, businessSchema, type BusinessValues } from '../lib/business-schema';

const CCUS_NOTE = '連携: CCUS連携で情報を確認・取得するときに必要な項目です。';

/**
 * 事業者情報 as in the seed's 事業者登録. `onSave` does the request; a refusal is shown next to
 * the fields and at the top, and everything typed stays in the form.
 */
export function BusinessForm({
  defaultValues,
  isEdit = false,
  hasVerificationNumber = false,
  onSave,
  onCancel,
}: {
  defaultValues: BusinessValues;
  isEdit?: boolean;
  hasVerificationNumber?: boolean;
  onSave: (values: BusinessValues) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<BusinessValues>({ resolver: zodResolver(businessSchema(isEdit)), defaultValues });
  const { errors, isSubmitting } = form.formState;
  // A server error on one chosen branch comes back at branch_ids.<index>.
  const branchError =
    errors.branch_ids?.message ??
    (Array.isArray(errors.branch_ids) ? errors.branch_ids.find(Boolean)?.message : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSave(values);
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, BUSINESS_FIELDS));
    }
  });

  const text = (name: Exclude<keyof BusinessValues, 'branch_ids' | 'is_own_company' | 'prefecture_code'>) => ({
    ...form.register(name),
    error: errors[name]?.message,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <Paper withBorder p="md">
        <Stack>
          <Text size="sm" c="dimmed">
            {CCUS_NOTE} 建退共: 建退共申請報告に必要な項目です。
          </Text>
          <Controller
            control={form.control}
            name="branch_ids"
            render={({ field, fieldState }) => (
              <BranchMultiSelect
                label="所属支店"
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error?.message ?? branchError}
              />
            )}
          />
          <TextInput
            label="事業者コード"
            withAsterisk={isEdit}
            description={isEdit ? undefined : '入力せずに登録した場合、ランダムなコードが設定されます。'}
            {...text('code')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="事業者名" withAsterisk {...text('name')} />
            <TextInput label="事業者名(カナ)" withAsterisk {...text('name_kana')} />
            <TextInput
              label="代表電話番号"
              withAsterisk
              description="固定電話の番号を数字で入力してください。"
              inputMode="tel"
              {...text('phone')}
            />
            <TextInput label="メールアドレス" type="email" {...text('email')} />
            <TextInput label="郵便番号" description="7桁の数字" inputMode="numeric" {...text('postal_code')} />
            <Controller
              control={form.control}
              name="prefecture_code"
              render={({ field, fieldState }) => (
                <PrefectureSelect
                  label="都道府県"
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
          </SimpleGrid>
          <TextInput label="住所" {...text('address')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="FAX番号" inputMode="tel" {...text('fax')} />
            <TextInput
              label="代表者名"
              description="CCUS未加入(CCUS事業者IDなし)の場合は必須です。"
              {...text('representative_name')}
            />
            <TextInput label="営業所名(会社名)" {...text('office_name')} />
            <TextInput
              label="建退共 共済契約者番号"
              description="建退共: 半角数字で入力してください。"
              inputMode="numeric"
              {...text('kentaikyo_contract_number')}
            />
          </SimpleGrid>
          <Divider label="CCUS連携" labelPosition="left" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="CCUS事業者ID"
              description="連携: 14桁の数字"
              inputMode="numeric"
              {...text('ccus_business_id')}
            />
            <TextInput
              label="本人確認番号"
              description={
                isEdit
                  ? hasVerificationNumber
                    ? '登録済みです。変更する場合だけ入力してください(空欄のままなら現在の番号を保持します)。'
                    : '未登録です。登録する場合は数字で入力してください。'
                  : '連携: CCUS事業者IDと一緒に発行された番号(数字)'
              }
              placeholder={isEdit && hasVerificationNumber ? '****(変更しない)' : undefined}
              autoComplete="off"
              inputMode="numeric"
              {...text('verification_number')}
            />
          </SimpleGrid>
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
  );
}
