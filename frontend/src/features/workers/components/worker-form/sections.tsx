import { Alert, Paper, PasswordInput, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';

import { BusinessSelect } from '@/features/businesses';
import { EmploymentTypeSelect, PositionSelect, PrefectureSelect } from '@/features/masters';
import { formatDate } from '@/lib/format';

import { BLOOD_TYPE_OPTIONS, PERMISSION_OPTIONS, RH_OPTIONS, SEX_OPTIONS } from '../../api/labels';
import { useBusinessName } from '../../api/lookups';

import { DateFormField, NumberFormField, OptionsField, PickerField } from './controlled';
import { OccupationsFields } from './occupations-fields';
import { PhonesFields } from './phones-fields';
import { QualificationsFields } from './qualifications-fields';
import type { WorkerFormValues } from './schema';

export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="fieldset" style={{ minWidth: 0 }}>
      <Title order={3} size="h5" mb="sm" component="legend" px={4}>
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

function useText() {
  const { register, formState } = useFormContext<WorkerFormValues>();
  return (name: keyof WorkerFormValues & string) => ({
    ...register(name as 'code'),
    error: (formState.errors[name] as { message?: string } | undefined)?.message,
  });
}

export function BasicSection({ mode, businessName }: { mode: 'create' | 'edit'; businessName?: string }) {
  const text = useText();
  const businessId = useWatch<WorkerFormValues, 'business_id'>({ name: 'business_id' });
  const selectedBusiness = useBusinessName(mode === 'create' ? businessId || undefined : undefined);
  return (
    <FormSection title="基本情報">
      {mode === 'create' ? (
        <PickerField
          name="business_id"
          render={(picker) => (
            <BusinessSelect
              label="所属事業者"
              withAsterisk
              description="技能者は必ず事業者に所属させて登録します。"
              selectedLabel={selectedBusiness.data}
              {...picker}
            />
          )}
        />
      ) : (
        <TextInput
          label="所属事業者"
          value={businessName ?? ''}
          readOnly
          description="所属事業者は変更できません。移籍する場合は退職日を入力して更新し、新しい事業者で登録し直してください。"
        />
      )}
      <TextInput
        label="技能者コード"
        withAsterisk={mode === 'edit'}
        description={mode === 'create' ? '入力せずに登録した場合、ランダムなコードが設定されます。' : undefined}
        {...text('code')}
      />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label="技能者名(姓)" withAsterisk {...text('family_name')} />
        <TextInput label="技能者名(名)" withAsterisk {...text('given_name')} />
        <TextInput label="技能者名カナ(姓)" withAsterisk {...text('family_kana')} />
        <TextInput label="技能者名カナ(名)" withAsterisk {...text('given_kana')} />
        <TextInput label="通称(姓)" {...text('alias_family')} />
        <TextInput label="通称(名)" {...text('alias_given')} />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="sm">
        <DateFormField name="birth_date" label="生年月日" required />
        <OptionsField name="sex" label="性別" data={SEX_OPTIONS} />
        <PickerField
          name="employment_type_code"
          render={(picker) => <EmploymentTypeSelect label="雇用区分" withAsterisk {...picker} />}
        />
        <OptionsField name="permission" label="権限" data={PERMISSION_OPTIONS} />
      </SimpleGrid>
    </FormSection>
  );
}

export function CcusSection({
  mode,
  hasVerificationNumber,
}: {
  mode: 'create' | 'edit';
  hasVerificationNumber: boolean;
}) {
  const text = useText();
  const description =
    mode === 'edit'
      ? `${hasVerificationNumber ? '登録済みです。' : '未登録です。'}空欄のまま更新すると、登録済みの番号はそのまま保持されます。変更する場合のみ入力してください。`
      : '外国人技能者は氏名の入力ミスが多いため、入力を推奨します。';
  return (
    <FormSection title="CCUS・建退共">
      <TextInput label="CCUS技能者ID" description="14桁の数字" inputMode="numeric" {...text('ccus_worker_id')} />
      <PasswordInput
        label="本人確認番号"
        description={description}
        autoComplete="new-password"
        inputMode="numeric"
        {...text('verification_number')}
      />
      <TextInput label="建退共 被共済者番号" inputMode="numeric" {...text('kentaikyo_member_number')} />
    </FormSection>
  );
}

export function ContactSection() {
  const text = useText();
  return (
    <FormSection title="連絡先">
      <PhonesFields />
      <TextInput
        label="メールアドレス"
        type="email"
        description="携帯電話番号、メールアドレスのどちらかは必ず入力して下さい。"
        {...text('email')}
      />
    </FormSection>
  );
}

export function OccupationSection() {
  return (
    <FormSection title="職種・資格">
      <OccupationsFields />
      <PickerField name="position_code" render={(picker) => <PositionSelect label="立場" {...picker} />} />
      <QualificationsFields />
    </FormSection>
  );
}

export function HealthSection() {
  return (
    <FormSection title="健康">
      <SimpleGrid cols={2} spacing="sm">
        <OptionsField name="blood_type" label="血液型" data={BLOOD_TYPE_OPTIONS} />
        <OptionsField name="rh" label="RH因子" data={RH_OPTIONS} />
        <DateFormField name="health_check_on" label="最近の健康診断日" />
        <div />
        <NumberFormField name="blood_pressure_high" label="血圧・上" min={40} max={300} />
        <NumberFormField name="blood_pressure_low" label="血圧・下" min={20} max={200} />
      </SimpleGrid>
    </FormSection>
  );
}

export function AddressSection() {
  const text = useText();
  return (
    <FormSection title="住所">
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label="郵便番号" description="7桁の数字" inputMode="numeric" {...text('postal_code')} />
        <PickerField name="prefecture_code" render={(picker) => <PrefectureSelect label="都道府県" {...picker} />} />
      </SimpleGrid>
      <TextInput label="住所" {...text('address')} />
    </FormSection>
  );
}

/** 入社日 and 退職日: entering 退職日 retires the worker, which frees the phones and CCUS ID. */
export function EmploymentSection({ retiredOn }: { retiredOn: string | null }) {
  const retired = useWatch<WorkerFormValues, 'retired_on'>({ name: 'retired_on' });
  let notice: ReactNode = null;
  if (retiredOn && retired) {
    notice = (
      <Alert color="gray" title="退職済み">
        この技能者は {formatDate(retiredOn)} に退職しています。
      </Alert>
    );
  } else if (retiredOn && !retired) {
    notice = (
      <Alert color="yellow" title="退職を取り消します">
        退職日を空欄にして保存すると、この技能者は在籍に戻ります。
      </Alert>
    );
  } else if (retired) {
    notice = (
      <Alert color="orange" title="退職として登録されます" data-testid="retirement-notice">
        退職日を入力して保存すると、この技能者は退職となります。携帯電話番号とCCUS技能者IDは、別の事業者の技能者として登録できるようになります。
      </Alert>
    );
  }
  return (
    <FormSection title="在籍">
      <SimpleGrid cols={2} spacing="sm">
        <DateFormField name="hired_on" label="入社日" />
        <DateFormField
          name="retired_on"
          label="退職日"
          description="退職した場合に入力します(日付は正確でなくても構いません)。"
        />
      </SimpleGrid>
      {notice}
    </FormSection>
  );
}
