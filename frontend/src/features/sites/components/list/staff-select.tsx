import { Select, type SelectProps } from '@mantine/core';

import { useStaffOptions } from '../../api/site-staff';

/** 担当者: one of the tenant's active users. */
export function StaffSelect(props: Omit<SelectProps, 'data'>) {
  const options = useStaffOptions();
  const data = (options.data ?? []).map((user) => ({ value: user.id, label: user.name }));
  return <Select clearable searchable data={data} {...props} />;
}
