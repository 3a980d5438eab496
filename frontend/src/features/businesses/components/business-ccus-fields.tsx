import { Divider, SimpleGrid, TextInput } from '@mantine/core';

import { useBusinessText } from './use-business-text';

/** CCUS連携: CCUS事業者ID and 本人確認番号 (write-only: on edit an empty box keeps the stored one). */
export function BusinessCcusFields({
  isEdit,
  hasVerificationNumber,
}: {
  isEdit: boolean;
  hasVerificationNumber: boolean;
}) {
  const text = useBusinessText();
  return (
    <>
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
    </>
  );
}
