import { Select, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useState } from 'react';

export type Option = { value: string; label: string };
export type SearchSelectProps = Omit<SelectProps, 'data' | 'searchValue' | 'onSearchChange'> & {
  /** The chosen option's label, shown even when it is not among the first matches. */
  selectedLabel?: string;
};

// The API already matched the typed text (names without spaces, kana, aliases); filtering the
// labels again in the browser would hide those matches.
const serverMatched: OptionsFilter = ({ options }) => options;

/**
 * A select that searches on the server: a tenant may have thousands of workers; the list shows the
 * first 50 matches. `queryFor` is the owning feature's list query for the typed text, so the
 * picker and the list pages share one cache entry per search.
 */
export function ServerSearchSelect<TData, TKey extends QueryKey>({
  queryFor,
  toOptions,
  selectedLabel,
  ...props
}: SearchSelectProps & {
  queryFor: (search: string) => UseQueryOptions<TData, Error, TData, TKey>;
  toOptions: (data: TData) => Option[];
}) {
  const selected = props.value && selectedLabel ? { value: props.value, label: selectedLabel } : undefined;
  const [typed, setSearch] = useState('');
  const [labels] = useState(() => new Map<string, string>());
  // A chosen option puts its label in the box; that is not a search for the label's text.
  const search = [...labels.values()].includes(typed) || typed === selected?.label ? '' : typed;
  const [debounced] = useDebouncedValue(search, 250);
  const query = useQuery({ ...queryFor(debounced), placeholderData: keepPreviousData });
  const data = query.data ? toOptions(query.data) : [];
  for (const option of data) labels.set(option.value, option.label);
  const withSelected = selected && !data.some((o) => o.value === selected.value) ? [selected, ...data] : data;
  return (
    <Select
      searchable
      clearable
      data={withSelected}
      onSearchChange={setSearch}
      filter={serverMatched}
      nothingFoundMessage="該当なし"
      {...props}
    />
  );
}
