import { SimpleGrid, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';

import { PrefectureSelect } from '@/features/masters';

import type { BusinessValues } from '../lib/business-schema';

import { useBusinessText } from './use-business-text';

/** 事業者名, 連絡先 and 所在地. */
export function BusinessContactFields() {
  const text = useBusinessText();
  const { control } = useFormContext<BusinessValues>();
  return (
    <>
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
          control={control}
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
    </>
  );
}
