import { TextInput, type TextInputProps } from '@mantine/core';

type FieldProps = Omit<TextInputProps, 'type' | 'value' | 'onChange'> & {
  value: string | null | undefined;
  /** The typed value as the input keeps it ('YYYY-MM-DD', 'YYYY-MM-DDTHH:mm', 'HH:mm'), '' when cleared. */
  onChange: (value: string) => void;
};

function field(type: 'date' | 'datetime-local' | 'time') {
  return function Field({ value, onChange, ...props }: FieldProps) {
    return (
      <TextInput type={type} value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value)} {...props} />
    );
  };
}

/**
 * The SPA's one date and time widget: the browser's own input (shown as 2026/04/01 in Japanese,
 * a calendar or wheel on a phone), wrapped as a Mantine field for its label and error.
 * Forms that register fields with react-hook-form use TextInput with the same type directly.
 */
export const DateField = field('date');
export const DateTimeField = field('datetime-local');
export const TimeField = field('time');
