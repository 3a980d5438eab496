import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { DateField } from '@/components/date-fields';
import { countConditions, FilterPanel } from '@/components/filter-panel';
import { BranchSelect } from '@/features/branches';
import { BusinessSelect } from '@/features/businesses';
import { PrefectureSelect } from '@/features/masters';

import type { SitesSearch } from '../../search';

import { STRUCTURE_MODE_LABELS } from '../labels';

import { StaffSelect } from './staff-select';
import { useBusinessLabel } from './use-business-label';

export type SiteFilters = Omit<SitesSearch, 'page'>;

const EMPTY: SiteFilters = {};

const flagValue = (value: boolean | undefined) => (value === undefined ? null : String(value));

const FLAG_OPTIONS = (yes: string, no: string) => [
  { value: 'true', label: yes },
  { value: 'false', label: no },
];

/** 現場一覧's search form: nothing reaches the URL until 検索 is pressed. */
export function SitesFilterForm({
  initial,
  onSearch,
}: {
  initial: SiteFilters;
  onSearch: (filters: SiteFilters) => void;
}) {
  const [values, setValues] = useState<SiteFilters>(initial);
  const businessLabel = useBusinessLabel(values.business_id);
  const set = <K extends keyof SiteFilters>(key: K, value: SiteFilters[K] | null) =>
    setValues((prev) => ({ ...prev, [key]: value || undefined }));
  const setFlag = (key: 'has_ccus_id' | 'is_visible', value: string | null) =>
    setValues((prev) => ({ ...prev, [key]: value === null ? undefined : value === 'true' }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(values);
  };

  return (
    <FilterPanel label="現場の検索" active={countConditions(initial)} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
        <BranchSelect label="支店" value={values.branch_id ?? null} onChange={(v) => set('branch_id', v)} />
        <TextInput label="現場コード" value={values.code ?? ''} onChange={(e) => set('code', e.currentTarget.value)} />
        <TextInput label="現場名" value={values.name ?? ''} onChange={(e) => set('name', e.currentTarget.value)} />
        <TextInput
          label="CCUS現場ID"
          value={values.ccus_site_id ?? ''}
          onChange={(e) => set('ccus_site_id', e.currentTarget.value)}
        />
        <Select
          label="CCUS現場ID 有無"
          clearable
          data={FLAG_OPTIONS('あり', 'なし')}
          value={flagValue(values.has_ccus_id)}
          onChange={(v) => setFlag('has_ccus_id', v)}
        />
        <Select
          label="現場の表示/非表示"
          clearable
          data={FLAG_OPTIONS('表示', '非表示')}
          value={flagValue(values.is_visible)}
          onChange={(v) => setFlag('is_visible', v)}
        />
        <Select
          label="施工体制の登録方法"
          clearable
          data={Object.entries(STRUCTURE_MODE_LABELS).map(([value, label]) => ({ value, label }))}
          value={values.structure_mode ?? null}
          onChange={(v) => set('structure_mode', v as SiteFilters['structure_mode'])}
        />
        <PrefectureSelect
          label="都道府県"
          value={values.prefecture_code ?? null}
          onChange={(v) => set('prefecture_code', v)}
        />
        <StaffSelect label="担当者" value={values.staff_user_id ?? null} onChange={(v) => set('staff_user_id', v)} />
        <BusinessSelect
          label="事業者"
          value={values.business_id ?? null}
          selectedLabel={businessLabel}
          onChange={(v) => set('business_id', v)}
        />
        <DateField
          label="就業履歴蓄積期間に含む日"
          value={values.active_on ?? null}
          onChange={(v) => set('active_on', v)}
        />
      </SimpleGrid>
      <Group mt="sm" gap="xs">
        <Button type="submit">検索</Button>
        <Button
          variant="default"
          onClick={() => {
            setValues(EMPTY);
            onSearch(EMPTY);
          }}
        >
          クリア
        </Button>
      </Group>
    </FilterPanel>
  );
}
