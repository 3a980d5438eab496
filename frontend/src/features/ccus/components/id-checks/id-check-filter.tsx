import { Button, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';

import { BusinessSelect } from '@/features/businesses';

import type { IdCheckFilter } from '../../api/id-checks';
import { useUrlFilters } from '../../use-url-filters';

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
  const { draft: filter, set, text, onSubmit, clear } = useUrlFilters(search, onSearch);
  return (
    <Paper component="form" withBorder p="sm" mb="md" aria-label="検索条件" onSubmit={onSubmit}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: withBusiness ? 5 : 4 }} spacing="xs">
        {withBusiness ? (
          <BusinessSelect
            label="事業者"
            placeholder="事業者名で検索"
            value={filter.business_id ?? null}
            onChange={(value) => set({ business_id: value ?? undefined })}
          />
        ) : null}
        <TextInput label="CCUSID" inputMode="numeric" {...text('ccus_id')} />
        <TextInput type="date" label="確認日(から)" {...text('date_from')} />
        <TextInput type="date" label="確認日(まで)" {...text('date_to')} />
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
        <Button type="button" variant="default" size="sm" onClick={clear}>
          クリア
        </Button>
      </Group>
    </Paper>
  );
}
