import { MultiSelect, Select, type MultiSelectProps, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';

import { api, unwrap } from '@/lib/api-client';

type Option = { value: string; label: string };

// The API already matched the typed text (names without spaces, kana, aliases); filtering the
// labels again in the browser would hide those matches.
const serverMatched: OptionsFilter = ({ options }) => options;
type Props = Omit<SelectProps, 'data' | 'searchValue' | 'onSearchChange'>;

// Server-side search: a tenant may have thousands of workers; the list shows the first 50 matches.
function useSearchable(fetchOptions: (name: string) => Promise<Option[]>, key: unknown[], selected?: Option) {
  const [typed, setSearch] = useState('');
  const labels = useRef(new Map<string, string>()).current;
  // A chosen option puts its label in the box; that is not a search for the label's text.
  const search = [...labels.values()].includes(typed) || typed === selected?.label ? '' : typed;
  const [debounced] = useDebouncedValue(search, 250);
  const query = useQuery({
    queryKey: [...key, debounced],
    queryFn: () => fetchOptions(debounced),
    placeholderData: keepPreviousData,
  });
  const data = query.data ?? [];
  for (const option of data) labels.set(option.value, option.label);
  const withSelected = selected && !data.some((o) => o.value === selected.value) ? [selected, ...data] : data;
  return { data: withSelected, search, setSearch, loading: query.isFetching };
}

export function SiteSelect({
  selectedLabel,
  visibleOnly = false,
  ...props
}: Props & {
  selectedLabel?: string;
  /** Entry forms offer only sites shown in 現場一覧 (表示); filters also find hidden ones. */
  visibleOnly?: boolean;
}) {
  const selected = props.value && selectedLabel ? { value: props.value, label: selectedLabel } : undefined;
  const { data, setSearch } = useSearchable(
    async (name) => {
      const page = await unwrap(
        api.GET('/api/v1/sites', {
          params: { query: { name: name || undefined, is_visible: visibleOnly ? true : undefined, limit: 50 } },
        }),
      );
      return page.items.map((site) => ({ value: site.id, label: `${site.code} ${site.name}` }));
    },
    ['picker', 'sites', visibleOnly],
    selected,
  );
  return (
    <Select
      searchable
      clearable
      data={data}
      onSearchChange={setSearch}
      filter={serverMatched}
      nothingFoundMessage="該当なし"
      {...props}
    />
  );
}

export function BusinessSelect({
  siteId,
  selectedLabel,
  ...props
}: Props & { siteId?: string | null; selectedLabel?: string }) {
  const selected = props.value && selectedLabel ? { value: props.value, label: selectedLabel } : undefined;
  const { data, setSearch } = useSearchable(
    async (name) => {
      const page = await unwrap(
        api.GET('/api/v1/businesses', {
          params: { query: { name: name || undefined, site_id: siteId ?? undefined, limit: 50 } },
        }),
      );
      return page.items.map((business) => ({ value: business.id, label: business.name }));
    },
    ['picker', 'businesses', siteId ?? null],
    selected,
  );
  return (
    <Select
      searchable
      clearable
      data={data}
      onSearchChange={setSearch}
      filter={serverMatched}
      nothingFoundMessage="該当なし"
      {...props}
    />
  );
}

export function WorkerSelect({
  businessId,
  siteId,
  selectedLabel,
  status = 'active',
  ...props
}: Props & {
  businessId?: string | null;
  siteId?: string | null;
  selectedLabel?: string;
  /** 'all' where a retired worker's past days may be entered or looked up. */
  status?: 'active' | 'retired' | 'all';
}) {
  const selected = props.value && selectedLabel ? { value: props.value, label: selectedLabel } : undefined;
  const { data, setSearch } = useSearchable(
    async (name) => {
      const page = await unwrap(
        api.GET('/api/v1/workers', {
          params: {
            query: {
              name: name || undefined,
              business_id: businessId ?? undefined,
              site_id: siteId ?? undefined,
              status,
              limit: 50,
            },
          },
        }),
      );
      return page.items.map((worker) => ({
        value: worker.id,
        label: `${worker.family_name} ${worker.given_name}(${worker.business.name})${worker.is_retired ? ' 退職' : ''}`,
      }));
    },
    ['picker', 'workers', businessId ?? null, siteId ?? null, status],
    selected,
  );
  return (
    <Select
      searchable
      clearable
      data={data}
      onSearchChange={setSearch}
      filter={serverMatched}
      nothingFoundMessage="該当なし"
      {...props}
    />
  );
}

export function BranchMultiSelect(props: Omit<MultiSelectProps, 'data'>) {
  const branches = useQuery({
    queryKey: ['picker', 'branches'],
    queryFn: () => unwrap(api.GET('/api/v1/branches', { params: { query: { limit: 200 } } })),
  });
  return (
    <MultiSelect
      searchable
      clearable
      data={(branches.data?.items ?? []).map((branch) => ({ value: branch.id, label: branch.name }))}
      {...props}
    />
  );
}

export function BranchSelect(props: Props) {
  const branches = useQuery({
    queryKey: ['picker', 'branches'],
    queryFn: () => unwrap(api.GET('/api/v1/branches', { params: { query: { limit: 200 } } })),
  });
  return (
    <Select
      clearable
      data={(branches.data?.items ?? []).map((branch) => ({ value: branch.id, label: branch.name }))}
      {...props}
    />
  );
}
