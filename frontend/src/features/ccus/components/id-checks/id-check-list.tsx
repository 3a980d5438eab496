import { Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';

import { ListPagination } from '@/components/list-pagination';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { notifyError, notifySaved } from '@/lib/notify';

import { useIdCheckList, type IdCheckEntry, type IdCheckFilter } from '../../api/id-checks';
import { useCheckOne } from '../../api/outbox';
import { TABLE_LABELS, type IdCheckTable as Table } from '../../labels';

import { IdCheckFilterForm } from './id-check-filter';
import { IdCheckTable } from './id-check-table';

const route = getRouteApi('/app/ccus/id-checks/$table');

export function IdCheckList({ table }: { table: Table }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const labels = TABLE_LABELS[table];
  const { page, result, ...rest } = search;
  const filter: IdCheckFilter = { ...rest, result: result === 'invalid' ? 'failed' : result };
  const list = useIdCheckList(table, { ...filter, page: page ?? 1 });
  const check = useCheckOne(table);
  const onPage = (next: number) => void navigate({ search: (prev) => ({ ...prev, page: next }) });
  const onCheck = async (entry: IdCheckEntry) => {
    try {
      await check.mutateAsync(entry.id);
      notifySaved(`${entry.name} をCCUSで確認しました。`);
    } catch (error) {
      notifyError(error, '確認できませんでした');
    }
  };

  return (
    <>
      <PageHeader
        title={`CCUSID有効確認 ${labels.list}`}
        crumbs={[
          { label: 'マイページ', to: '/me' },
          { label: 'CCUSID有効確認', to: '/ccus/id-checks' },
          { label: labels.list },
        ]}
      />
      <IdCheckFilterForm
        key={JSON.stringify(filter)}
        search={filter}
        withBusiness={table === 'workers'}
        onSearch={(next) => void navigate({ search: next })}
      />
      <QueryState
        query={list}
        isEmpty={(data) => data.items.length === 0}
        empty={filter.result === 'failed' ? '確認に失敗したIDはありません。' : '条件に合うCCUS IDはありません。'}
      >
        {(data) => (
          <>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
            <IdCheckTable
              table={table}
              items={data.items}
              checking={check.isPending ? check.variables : undefined}
              onCheck={(entry) => void onCheck(entry)}
            />
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
          </>
        )}
      </QueryState>
      <Text size="xs" c="dimmed" mt="xs">
        「失敗」のIDは、編集画面でCCUS IDまたは本人確認番号を正しく更新してください。更新後は自動で再確認します。
      </Text>
    </>
  );
}
