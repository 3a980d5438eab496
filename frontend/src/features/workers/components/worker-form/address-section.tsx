import { SimpleGrid, TextInput } from '@mantine/core';

import { PrefectureSelect } from '@/features/masters';

import { PickerField } from './controlled';
import { FormSection, useTextField } from './form-section';

export function AddressSection() {
  const text = useTextField();
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
