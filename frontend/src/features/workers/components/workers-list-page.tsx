import { getRouteApi } from '@tanstack/react-router';

import { Can } from '@/features/auth';
import { DownloadButton } from '@/components/download-button';
import { ListPagination } from '@/components/list-pagination';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { toQueryString } from '@/lib/download';

import { useWorkers, workerFilters } from '../api/workers';

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
        onApply={(next) => void navigate({ search: { ...next, page: undefined } })}
      />
      <QueryState query={workers} isEmpty={(data) => data.items.length === 0} empty="条件に該当する技能者はいません。">
        {(data) => (
          <>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
            <WorkersTable workers={data.items} />
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
