import { Alert, Group } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';

import { Can } from '@/features/auth';
import { DownloadButton } from '@/components/download-button';
import { ListPagination } from '@/components/list-pagination';
import { PageSizeSelect } from '@/components/page-size-select';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { toQueryString } from '@/lib/download';

import { PAGE_SIZE, useWorkers, workerFilters } from '../../api/workers';

import { ButtonLink } from '@/components/links';
import { WorkersFilterForm } from './workers-filter-form';
import { WorkersTable } from './workers-table';

const route = getRouteApi('/app/workers');

export function WorkersListPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const workers = useWorkers(search);
  const filters = workerFilters(search);
  const onPage = (page: number) => void navigate({ search: (prev) => ({ ...prev, page }) });
  const onSize = (limit: number) =>
    void navigate({ search: (prev) => ({ ...prev, limit: limit === PAGE_SIZE ? undefined : limit, page: undefined }) });
  const [refusal, setRefusal] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title="技能者一覧"
        crumbs={[{ label: '技能者一覧' }]}
        actions={
          <>
            <Can scope="registry:write">
              <ButtonLink to="/workers/new" search={{ business_id: search.business_id }}>
                技能者を追加
              </ButtonLink>
              <ButtonLink to="/imports" search={{ kind: 'workers' }} variant="default">
                一括取込
              </ButtonLink>
            </Can>
            <DownloadButton url={`/api/v1/workers/export${toQueryString(filters)}`} fileName="技能者一覧.xlsx">
              Excel出力
            </DownloadButton>
          </>
        }
      />
      <WorkersFilterForm
        key={JSON.stringify(filters)}
        search={search}
        onApply={(next) => void navigate({ search: { ...next, limit: search.limit, page: undefined } })}
      />
      <QueryState query={workers} isEmpty={(data) => data.items.length === 0} empty="条件に該当する技能者はいません。">
        {(data) => (
          <>
            {refusal ? (
              <Alert
                color="red"
                role="alert"
                title="削除できませんでした"
                withCloseButton
                onClose={() => setRefusal(null)}
              >
                {refusal}
              </Alert>
            ) : null}
            <Group justify="space-between" align="end" wrap="wrap">
              <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
              <PageSizeSelect value={search.limit ?? PAGE_SIZE} onChange={onSize} />
            </Group>
            <WorkersTable workers={data.items} onRefused={setRefusal} />
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
