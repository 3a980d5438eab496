import { Select } from '@mantine/core';

export const PAGE_SIZES = [20, 50, 100] as const;

/** 表示件数: how many rows a list page shows; the list keeps the choice in the URL. */
export function PageSizeSelect({ value, onChange }: { value: number; onChange: (size: number) => void }) {
  return (
    <Select
      label="表示件数"
      size="xs"
      w={110}
      allowDeselect={false}
      data={PAGE_SIZES.map((size) => ({ value: String(size), label: `${size}件` }))}
      value={String(value)}
      onChange={(next) => next && onChange(Number(next))}
    />
  );
}
