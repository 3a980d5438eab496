import { DateInput, type DateInputProps } from '@mantine/dates';

const PATTERN = /^(\d{4})[/\-.年]?(\d{1,2})[/\-.月]?(\d{1,2})日?$/;

/** Accepts 2026/04/01, 2026-04-01, 20260401 and 2026年4月1日; gives 'YYYY-MM-DD' or null. */
export function parseJapaneseDate(text: string): string | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date typed or picked as the seed writes it (2026/04/01); the form keeps 'YYYY-MM-DD' or ''. */
export function DateField({
  value,
  onChange,
  ...props
}: Omit<DateInputProps, 'value' | 'onChange'> & { value: string; onChange: (value: string) => void }) {
  return (
    <DateInput
      valueFormat="YYYY/MM/DD"
      placeholder="例: 2026/04/01"
      dateParser={parseJapaneseDate}
      clearable
      allowDeselect
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      {...props}
    />
  );
}
