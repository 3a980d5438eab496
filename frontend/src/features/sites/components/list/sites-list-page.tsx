import { Button } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';

import { Can } from '@/features/auth';
import { useBranchNames } from '@/features/branches';
import { DownloadButton } from '@/components/download-button';
import { ListPagination } from '@/components/list-pagination';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { toQueryString } from '@/lib/download';

import { sitesFilters, useSites } from '../../api/sites';

import { SitesFilterForm, type SiteFilters } from './sites-filter-form';
import { SitesTable } from './sites-table';

const route = getRouteApi('/app/sites');

export function SitesListPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const sites = useSites(search);
  const branchNames = useBranchNames();
  const { page: _page, ...filters } = search;

  const onSearch = (next: SiteFilters) => void navigate({ search: { ...next, page: undefined } });
  const onPage = (page: number) => void navigate({ search: (prev) => ({ ...prev, page }) });

  return (
    <>
      <PageHeader
        title="現場一覧"
        actions={
          <>
            <Can scope="registry:write">
              <Button component={Link} to="/sites/new">
                現場を追加
              </Button>
            </Can>
            <DownloadButton url={`/api/v1/sites/export${toQueryString(sitesFilters(search))}`} fileName="現場一覧.csv">
              CSV出力
            </DownloadButton>
          </>
        }
      />
      {/* Keyed by the URL's filters so back/forward and クリア show what is actually searched. */}
      <SitesFilterForm key={JSON.stringify(filters)} initial={filters} onSearch={onSearch} />
      <QueryState query={sites} isEmpty={(data) => data.items.length === 0} empty="条件に一致する現場はありません。">
        {(data) => (
          <>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
            <SitesTable sites={data.items} branchNames={branchNames} />
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
