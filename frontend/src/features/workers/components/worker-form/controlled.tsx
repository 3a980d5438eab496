import { NumberInput, Select, type SelectProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';

import { DateField } from '@/components/date-fields';
import type { WorkerFormValues } from './schema';

type StringName =
  | 'business_id'
  | 'blood_type'
  | 'rh'
  | 'sex'
  | 'permission'
  | 'position_code'
  | 'employment_type_code'
  | 'prefecture_code';
type DateName = 'birth_date' | 'health_check_on' | 'hired_on' | 'retired_on';
type NumberName = 'blood_pressure_high' | 'blood_pressure_low';

export type PickerProps = { value: string | null; onChange: (value: string | null) => void; error?: string };

/** A select-like picker bound to a string field ('' in the form means nothing chosen). */
export function PickerField({ name, render }: { name: StringName; render: (props: PickerProps) => ReactNode }) {
  const { control } = useFormContext<WorkerFormValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <>
          {render({
            value: field.value || null,
            onChange: (value) => field.onChange(value ?? ''),
            error: fieldState.error?.message,
          })}
        </>
      )}
    />
  );
}

export function OptionsField({
  name,
  ...props
}: { name: StringName } & Omit<SelectProps, 'value' | 'onChange' | 'error'>) {
  return <PickerField name={name} render={(picker) => <Select clearable {...props} {...picker} />} />;
}

export function DateFormField({
  name,
  label,
  required,
  description,
}: {
  name: DateName;
  label: string;
  required?: boolean;
  description?: ReactNode;
}) {
  const { control } = useFormContext<WorkerFormValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          label={label}
          withAsterisk={required}
          description={description}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

export function NumberFormField({
  name,
  label,
  min,
  max,
}: {
  name: NumberName;
  label: string;
  min: number;
  max: number;
}) {
  const { control } = useFormContext<WorkerFormValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={label}
          min={min}
          max={max}
          allowDecimal={false}
          suffix=" mmHg"
          value={field.value}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
