import { Select, type SelectProps } from '@mantine/core';

import { usePositions, usePrefectures, useEmploymentTypes } from '../api/masters';

type Props = Omit<SelectProps, 'data'>;

export function PrefectureSelect(props: Props) {
  const prefectures = usePrefectures();
  return (
    <Select
      searchable
      clearable
      data={(prefectures.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
      {...props}
    />
  );
}

export function PositionSelect(props: Props) {
  const positions = usePositions();
  return <Select clearable data={(positions.data ?? []).map((p) => ({ value: p.code, label: p.name }))} {...props} />;
}

export function EmploymentTypeSelect(props: Props) {
  const types = useEmploymentTypes();
  return <Select clearable data={(types.data ?? []).map((t) => ({ value: t.code, label: t.name }))} {...props} />;
}
