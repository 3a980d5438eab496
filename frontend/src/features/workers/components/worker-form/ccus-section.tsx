import { PasswordInput, TextInput } from '@mantine/core';

import { FormSection, useTextField } from './form-section';

export function CcusSection({
  mode,
  hasVerificationNumber,
}: {
  mode: 'create' | 'edit';
  hasVerificationNumber: boolean;
}) {
  const text = useTextField();
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
