import { Button, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';

import { BusinessSelect } from '@/features/businesses';

import type { IdCheckFilter } from '../api/id-checks';

const RESULTS = [
  { value: 'all', label: 'すべて' },
  { value: 'ok', label: '○' },
  { value: 'failed', label: '失敗' },
  { value: 'unchecked', label: '未確認' },
];

/** The seed's CCUSID有効確認 filters: 事業者 (for workers), CCUSID, 期間 (last check) and 結果. */
export function IdCheckFilterForm({
  search,
  withBusiness,
  onSearch,
}: {
  search: IdCheckFilter;
  withBusiness: boolean;
  onSearch: (filter: IdCheckFilter) => void;
}) {
  const [filter, setFilter] = useState<IdCheckFilter>(search);
  const set = (patch: IdCheckFilter) => setFilter((prev) => ({ ...prev, ...patch }));
  return (
    <Paper
      component="form"
      withBorder
      p="sm"
      mb="md"
      aria-label="検索条件"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(filter);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: withBusiness ? 5 : 4 }} spacing="xs">
        {withBusiness ? (
          <BusinessSelect
            label="事業者"
            placeholder="事業者名で検索"
            value={filter.business_id ?? null}
            onChange={(value) => set({ business_id: value ?? undefined })}
          />
        ) : null}
        <TextInput
          label="CCUSID"
          inputMode="numeric"
          value={filter.ccus_id ?? ''}
          onChange={(event) => set({ ccus_id: event.currentTarget.value.trim() || undefined })}
        />
        <TextInput
          type="date"
          label="確認日(から)"
          value={filter.date_from ?? ''}
          onChange={(event) => set({ date_from: event.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label="確認日(まで)"
          value={filter.date_to ?? ''}
          onChange={(event) => set({ date_to: event.currentTarget.value || undefined })}
        />
        <Select
          label="結果"
          data={RESULTS}
          value={filter.result ?? 'all'}
          allowDeselect={false}
          onChange={(value) =>
            set({ result: value === 'ok' || value === 'failed' || value === 'unchecked' ? value : undefined })
          }
        />
      </SimpleGrid>
      <Group gap="xs" mt="sm">
        <Button type="submit" size="sm">
          検索
        </Button>
        <Button
          type="button"
          variant="default"
          size="sm"
          onClick={() => {
            setFilter({});
            onSearch({});
          }}
        >
          クリア
        </Button>
      </Group>
    </Paper>
  );
}
