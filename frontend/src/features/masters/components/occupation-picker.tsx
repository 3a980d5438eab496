import { Group, Select } from '@mantine/core';
import { useMemo, useState } from 'react';

import { occupationLabel, useOccupations, type Occupation } from '../api/masters';

/**
 * 職種: 大分類 first, then 小分類. `allowedIds` narrows the choice (a site worker's occupation
 * must be one the worker holds).
 */
export function OccupationPicker({
  value,
  onChange,
  label = '職種',
  error,
  required,
  allowedIds,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  label?: string;
  error?: string | undefined;
  required?: boolean;
  allowedIds?: readonly string[];
}) {
  const occupations = useOccupations();
  const choices = useMemo(() => {
    const all = occupations.data ?? [];
    return allowedIds ? all.filter((o) => allowedIds.includes(o.id)) : all;
  }, [occupations.data, allowedIds]);
  const selected = choices.find((o) => o.id === value);
  const [major, setMajor] = useState<string | null>(selected?.major_code ?? null);
  const majorCode = selected?.major_code ?? major;

  const majors = useMemo(() => {
    const seen = new Map<string, string>();
    for (const o of choices) if (!seen.has(o.major_code)) seen.set(o.major_code, o.major_name);
    return [...seen].map(([code, name]) => ({ value: code, label: name }));
  }, [choices]);
  const minors = choices
    .filter((o: Occupation) => o.major_code === majorCode)
    .map((o) => ({ value: o.id, label: o.minor_name }));

  return (
    <Group grow align="flex-start">
      <Select
        label={`${label}(大分類)`}
        withAsterisk={required}
        searchable
        data={majors}
        value={majorCode}
        onChange={(code) => {
          setMajor(code);
          onChange(null);
        }}
        disabled={occupations.isPending}
        error={error && !majorCode ? error : undefined}
      />
      <Select
        label={`${label}(小分類)`}
        withAsterisk={required}
        searchable
        data={minors}
        value={value}
        onChange={onChange}
        disabled={!majorCode}
        error={error && majorCode ? error : undefined}
        aria-description={selected ? occupationLabel(selected) : undefined}
      />
    </Group>
  );
}
