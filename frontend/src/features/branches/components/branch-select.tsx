import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';

import { allBranchesQueryOptions } from '../api/branches';

function useBranchOptions() {
  const branches = useQuery(allBranchesQueryOptions());
  return (branches.data?.items ?? []).map((branch) => ({ value: branch.id, label: branch.name }));
}

export function BranchMultiSelect(props: Omit<MultiSelectProps, 'data'>) {
  return <MultiSelect searchable clearable data={useBranchOptions()} {...props} />;
}

export function BranchSelect(props: Omit<SelectProps, 'data'>) {
  return <Select clearable data={useBranchOptions()} {...props} />;
}
