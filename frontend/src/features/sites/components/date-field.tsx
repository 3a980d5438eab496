import { DateInput, type DateInputProps } from '@mantine/dates';

/** "2024/05/01" or "2024-05-01" as the API's YYYY-MM-DD; anything else is not a date yet. */
export function parseDate(text: string): string | null {
  const match = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** A date picker whose value is the API's 'YYYY-MM-DD' string, shown as the seed writes dates. */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return <DateInput valueFormat="YYYY/MM/DD" dateParser={parseDate} clearable placeholder="YYYY/MM/DD" {...props} />;
}
