import { Button, Group, SegmentedControl, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';

import { countConditions, FilterPanel } from '@/components/filter-panel';
import { BusinessSelect } from '@/features/businesses';
import { EmploymentTypeSelect } from '@/features/masters';
import { SiteSelect } from '@/features/sites';

import { useBusinessName, useSiteName } from '../../api/lookups';
import type { WorkersSearch } from '../../search';

import { appliedFilters, STATUS_OPTIONS, type Filters } from './filter-values';

/** The seed's search box above 技能者一覧; what is applied lives in the URL. */
export function WorkersFilterForm({ search, onApply }: { search: WorkersSearch; onApply: (filters: Filters) => void }) {
  const [draft, setDraft] = useState<Filters>(search);
  const businessName = useBusinessName(draft.business_id);
  const siteName = useSiteName(draft.site_id);
  const set = (patch: Partial<Filters>) => setDraft((previous) => ({ ...previous, ...patch }));

  return (
    <FilterPanel
      label="技能者の検索"
      active={countConditions(search)}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(appliedFilters(draft));
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
        <BusinessSelect
          label="事業者"
          value={draft.business_id ?? null}
          selectedLabel={businessName.data}
          onChange={(value) => set({ business_id: value ?? undefined })}
        />
        <TextInput
          label="技能者名"
          value={draft.name ?? ''}
          onChange={(event) => set({ name: event.currentTarget.value })}
        />
        <TextInput
          label="技能者コード"
          value={draft.code ?? ''}
          onChange={(event) => set({ code: event.currentTarget.value })}
        />
        <TextInput
          label="CCUS技能者ID"
          value={draft.ccus_worker_id ?? ''}
          onChange={(event) => set({ ccus_worker_id: event.currentTarget.value })}
        />
        <TextInput
          label="携帯電話番号"
          value={draft.phone ?? ''}
          onChange={(event) => set({ phone: event.currentTarget.value })}
        />
        <EmploymentTypeSelect
          label="雇用区分"
          value={draft.employment_type_code ?? null}
          onChange={(value) => set({ employment_type_code: value ?? undefined })}
        />
        <SiteSelect
          label="現場"
          value={draft.site_id ?? null}
          selectedLabel={siteName.data}
          onChange={(value) => set({ site_id: value ?? undefined })}
        />
      </SimpleGrid>
      <Group justify="space-between" mt="sm">
        <SegmentedControl
          aria-label="在籍状況"
          size="xs"
          data={STATUS_OPTIONS}
          value={draft.status ?? 'active'}
          onChange={(value) => set({ status: value })}
        />
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => {
              setDraft({});
              onApply({});
            }}
          >
            クリア
          </Button>
          <Button type="submit">検索</Button>
        </Group>
      </Group>
    </FilterPanel>
  );
}
