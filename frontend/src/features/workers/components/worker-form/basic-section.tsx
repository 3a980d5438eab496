import { SimpleGrid, TextInput } from '@mantine/core';
import { useWatch } from 'react-hook-form';

import { BusinessSelect } from '@/features/businesses';
import { EmploymentTypeSelect } from '@/features/masters';

import { PERMISSION_OPTIONS, SEX_OPTIONS } from '../../api/labels';
import { useBusinessName } from '../../api/lookups';

import { DateFormField, OptionsField, PickerField } from './controlled';
import { FormSection, useTextField } from './form-section';
import type { WorkerFormValues } from './schema';

export function BasicSection({ mode, businessName }: { mode: 'create' | 'edit'; businessName?: string }) {
  const text = useTextField();
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
