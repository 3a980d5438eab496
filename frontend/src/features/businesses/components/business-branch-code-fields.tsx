import { TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';

import { BranchMultiSelect } from '@/features/branches';

import type { BusinessValues } from '../lib/business-schema';

import { useBusinessText } from './use-business-text';

/** 所属支店 and 事業者コード (required on edit, generated when left empty on create). */
export function BusinessBranchCodeFields({ isEdit }: { isEdit: boolean }) {
  const text = useBusinessText();
  const { control, formState } = useFormContext<BusinessValues>();
  const errors = formState.errors;
  // A server error on one chosen branch comes back at branch_ids.<index>.
  const branchError =
    errors.branch_ids?.message ??
    (Array.isArray(errors.branch_ids) ? errors.branch_ids.find(Boolean)?.message : undefined);
  return (
    <>
      <Controller
        control={control}
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
    </>
  );
}
