import { Select, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';

import type { PersonValues } from './user-values';
import { ROLES } from './user-values';

/** メールアドレス, 氏名 and 権限 of a colleague: the same fields when inviting and when adding or editing one. */
export function PersonFields({ emailDisabled = false }: { emailDisabled?: boolean }) {
  const { register, control, formState } = useFormContext<PersonValues>();
  const errors = formState.errors;
  return (
    <>
      <TextInput
        label="メールアドレス"
        withAsterisk
        type="email"
        disabled={emailDisabled}
        {...register('email')}
        error={errors.email?.message}
      />
      <TextInput label="氏名" withAsterisk {...register('name')} error={errors.name?.message} />
      <Controller
        control={control}
        name="role"
        render={({ field }) => (
          <Select
            label="権限"
            data={ROLES}
            value={field.value}
            onChange={(value) => field.onChange(value ?? 'staff')}
            allowDeselect={false}
            error={errors.role?.message}
          />
        )}
      />
    </>
  );
}
