import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { useState } from 'react';

import { DateField } from '@/components/date-fields';
import { countConditions, FilterPanel } from '@/components/filter-panel';
import { BusinessSelect } from '@/features/businesses';
import { SiteSelect } from '@/features/sites';
import { WorkerSelect } from '@/features/workers';

import { siteLabel, useBusiness, useSite, useWorker, workerOptionLabel } from '../api/lookups';
import { CCUS_STATE_OPTIONS, DAY_STATE_OPTIONS } from '../labels';
import { CCUS_STATES, DAY_STATES, type AttendanceSearch } from '../search';

type Filters = Omit<AttendanceSearch, 'page'>;
type Labels = { site?: string; business?: string; worker?: string };

const EMPTY: Filters = {};

function pick<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((item) => item === value);
}

/** 就業履歴一覧's filters: edited here, applied to the URL by 検索, emptied by クリア. */
export function AttendanceFilters({
  search,
  onSearch,
}: {
  search: AttendanceSearch;
  onSearch: (filters: Filters) => void;
}) {
  const [filters, setFilters] = useState<Filters>(() => {
    const { page: _page, ...rest } = search;
    return rest;
  });
  const [labels, setLabels] = useState<Labels>({});
  // Ids that arrive by URL are labelled from their records.
  const site = useSite(search.site_id);
  const business = useBusiness(search.business_id);
  const worker = useWorker(search.worker_id);

  const set = (patch: Filters) => setFilters((prev) => ({ ...prev, ...patch }));
  const label = (key: keyof Labels, value: string | undefined) => setLabels((prev) => ({ ...prev, [key]: value }));

  return (
    <FilterPanel
      label="就業履歴の検索"
      active={countConditions(search)}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(filters);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <SiteSelect
          label="現場"
          placeholder="現場名・現場コードで検索"
          value={filters.site_id ?? null}
          selectedLabel={labels.site ?? (site.data ? siteLabel(site.data) : undefined)}
          onChange={(value, option) => {
            set({ site_id: value ?? undefined });
            label('site', option?.label);
          }}
        />
        <BusinessSelect
          label="事業者"
          placeholder="事業者名で検索"
          siteId={filters.site_id}
          value={filters.business_id ?? null}
          selectedLabel={labels.business ?? business.data?.name}
          onChange={(value, option) => {
            set({ business_id: value ?? undefined });
            label('business', option?.label);
          }}
        />
        <WorkerSelect
          label="技能者"
          placeholder="氏名・カナで検索"
          status="all"
          siteId={filters.site_id}
          businessId={filters.business_id}
          value={filters.worker_id ?? null}
          selectedLabel={labels.worker ?? (worker.data ? workerOptionLabel(worker.data) : undefined)}
          onChange={(value, option) => {
            set({ worker_id: value ?? undefined });
            label('worker', option?.label);
          }}
        />
        <Group grow align="flex-start" gap="xs">
          <DateField
            label="就業日(から)"
            value={filters.date_from}
            onChange={(value) => set({ date_from: value || undefined })}
          />
          <DateField
            label="就業日(まで)"
            value={filters.date_to}
            onChange={(value) => set({ date_to: value || undefined })}
          />
        </Group>
        <Select
          label="CCUS連携状態"
          placeholder="すべて"
          clearable
          data={CCUS_STATE_OPTIONS}
          value={filters.ccus_state ?? null}
          onChange={(value) => set({ ccus_state: pick(CCUS_STATES, value) })}
        />
        <Select
          label="入退場状態"
          placeholder="すべて"
          clearable
          data={DAY_STATE_OPTIONS}
          value={filters.state ?? null}
          onChange={(value) => set({ state: pick(DAY_STATES, value) })}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button
          variant="default"
          onClick={() => {
            setFilters(EMPTY);
            setLabels({});
            onSearch(EMPTY);
          }}
        >
          クリア
        </Button>
        <Button type="submit">検索</Button>
      </Group>
    </FilterPanel>
  );
}
