import { Button, Group, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { BranchSelect } from '@/features/branches';
import { BusinessSelect, businessQueryOptions } from '@/features/businesses';
import { SiteSelect, siteQueryOptions } from '@/features/sites';
import { WorkerSelect, workerQueryOptions } from '@/features/workers';

import type { ResultsSearch } from '../../search';
import { useUrlFilters } from '../../use-url-filters';

export type FailureFilters = Pick<
  ResultsSearch,
  'site_id' | 'business_id' | 'worker_id' | 'branch_id' | 'code' | 'work_from' | 'work_to'
>;
type Labels = { site?: string; business?: string; worker?: string };

/** 連携エラー一覧's filters: 現場, 事業者, 技能者, 支店, エラーコード, 入退場日; applied to the URL by 絞り込む. */
export function FailuresFilter({
  search,
  onSearch,
}: {
  search: FailureFilters;
  onSearch: (filters: FailureFilters) => void;
}) {
  const [labels, setLabels] = useState<Labels>({});
  const { draft: filters, set, text, onSubmit, clear } = useUrlFilters(search, onSearch, () => setLabels({}));
  // Ids that arrive by URL are labelled from their records.
  const site = useQuery({ ...siteQueryOptions(search.site_id ?? ''), enabled: Boolean(search.site_id) });
  const business = useQuery({
    ...businessQueryOptions(search.business_id ?? ''),
    enabled: Boolean(search.business_id),
  });
  const worker = useQuery({ ...workerQueryOptions(search.worker_id ?? ''), enabled: Boolean(search.worker_id) });
  const label = (key: keyof Labels, value: string | undefined) => setLabels((prev) => ({ ...prev, [key]: value }));

  return (
    <Paper component="form" withBorder p="sm" aria-label="連携エラーの絞り込み" onSubmit={onSubmit}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs">
        <SiteSelect
          label="現場"
          placeholder="現場名・現場コードで検索"
          value={filters.site_id ?? null}
          selectedLabel={labels.site ?? site.data?.name}
          onChange={(value, option) => {
            set({ site_id: value ?? undefined });
            label('site', option?.label);
          }}
        />
        <BusinessSelect
          label="事業者"
          placeholder="事業者名で検索"
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
          value={filters.worker_id ?? null}
          selectedLabel={
            labels.worker ?? (worker.data ? `${worker.data.family_name} ${worker.data.given_name}` : undefined)
          }
          onChange={(value, option) => {
            set({ worker_id: value ?? undefined });
            label('worker', option?.label);
          }}
        />
        <BranchSelect
          label="支店"
          value={filters.branch_id ?? null}
          onChange={(value) => set({ branch_id: value ?? undefined })}
        />
        <TextInput label="エラーコード" placeholder="DATK0408E" {...text('code')} />
        <TextInput type="date" label="入退場日(から)" {...text('work_from')} />
        <TextInput type="date" label="入退場日(まで)" {...text('work_to')} />
        <Group align="flex-end" gap="xs">
          <Button type="submit">絞り込む</Button>
          <Button variant="default" onClick={clear}>
            クリア
          </Button>
        </Group>
      </SimpleGrid>
    </Paper>
  );
}
