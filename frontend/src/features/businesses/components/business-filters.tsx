import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { countConditions, FilterPanel } from '@/components/filter-panel';
import { BranchSelect } from '@/features/branches';
import { SiteSelect } from '@/features/sites';

import { useSiteLabel } from '../api/lookups';
import type { BusinessesSearch } from '../search';

type Filters = Omit<BusinessesSearch, 'page'>;

const HAS_CCUS_ID = [
  { value: 'true', label: 'あり' },
  { value: 'false', label: 'なし' },
];

/** The seed's search box of 下請事業者管理; 検索 puts the filters in the URL, クリア empties them. */
export function BusinessFilters({ search, onSearch }: { search: Filters; onSearch: (filters: Filters) => void }) {
  const [filters, setFilters] = useState<Filters>(search);
  const siteLabel = useSiteLabel(filters.site_id);
  const set = (key: Exclude<keyof Filters, 'has_ccus_id'>) => (value: string | null) =>
    setFilters((prev) => ({ ...prev, [key]: value || undefined }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({
      ...filters,
      code: filters.code?.trim() || undefined,
      name: filters.name?.trim() || undefined,
      ccus_business_id: filters.ccus_business_id?.trim() || undefined,
      phone: filters.phone?.trim() || undefined,
    });
  };

  return (
    <FilterPanel label="事業者の検索" active={countConditions(search)} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
        <BranchSelect label="所属支店" value={filters.branch_id ?? null} onChange={set('branch_id')} />
        <TextInput
          label="事業者コード"
          value={filters.code ?? ''}
          onChange={(event) => set('code')(event.currentTarget.value)}
        />
        <TextInput
          label="事業者名"
          value={filters.name ?? ''}
          onChange={(event) => set('name')(event.currentTarget.value)}
        />
        <TextInput
          label="CCUS事業者ID"
          value={filters.ccus_business_id ?? ''}
          onChange={(event) => set('ccus_business_id')(event.currentTarget.value)}
        />
        <TextInput
          label="代表電話番号"
          value={filters.phone ?? ''}
          onChange={(event) => set('phone')(event.currentTarget.value)}
        />
        <SiteSelect label="現場" value={filters.site_id ?? null} selectedLabel={siteLabel} onChange={set('site_id')} />
        <Select
          label="CCUS事業者ID 有無"
          clearable
          placeholder="すべて"
          data={HAS_CCUS_ID}
          value={filters.has_ccus_id === undefined ? null : String(filters.has_ccus_id)}
          onChange={(value) =>
            setFilters((prev) => ({ ...prev, has_ccus_id: value === null ? undefined : value === 'true' }))
          }
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm" gap="xs">
        <Button
          variant="default"
          onClick={() => {
            setFilters({});
            onSearch({});
          }}
        >
          クリア
        </Button>
        <Button type="submit">検索</Button>
      </Group>
    </FilterPanel>
  );
}
