import { Button } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';

import { Can } from '@/features/auth';
import { DownloadButton } from '@/components/download-button';
import { ListPagination } from '@/components/list-pagination';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { toQueryString } from '@/lib/download';
import { notifyError, notifySaved } from '@/lib/notify';

import { businessFilters, useBusinesses, useDeleteBusiness, type Business } from '../api/businesses';

import { BusinessFilters } from './business-filters';
import { BusinessesTable } from './businesses-table';

const route = getRouteApi('/app/businesses');

export function BusinessesListPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const businesses = useBusinesses(search);
  const remove = useDeleteBusiness();
  const { page: _page, ...filters } = search;
  const exportUrl = `${window.location.origin}/api/v1/businesses/export${toQueryString(businessFilters(search))}`;

  const onPage = (page: number) => void navigate({ search: (prev) => ({ ...prev, page }) });

  const onDelete = async (business: Business) => {
    if (!window.confirm(`「${business.name}」を削除しますか？`)) return;
    try {
      await remove.mutateAsync(business.id);
      notifySaved('削除しました。');
    } catch (error) {
      notifyError(error, '削除できませんでした');
    }
  };

  return (
    <>
      <PageHeader
        title="下請事業者管理"
        actions={
          <>
            <Can scope="registry:write">
              <Button renderRoot={(props) => <Link {...props} to="/businesses/new" />}>事業者登録</Button>
              <Button
                variant="default"
                renderRoot={(props) => <Link {...props} to="/imports" search={{ kind: 'businesses' }} />}
              >
                一括取込
              </Button>
            </Can>
            <DownloadButton url={exportUrl} fileName="事業者一覧.xlsx">
              Excel出力
            </DownloadButton>
          </>
        }
      />
      <BusinessFilters
        key={JSON.stringify(filters)}
        search={filters}
        onSearch={(next) => void navigate({ search: { ...next, page: undefined } })}
      />
      <QueryState
        query={businesses}
        isEmpty={(data) => data.items.length === 0}
        empty="条件に一致する事業者はありません。"
      >
        {(data) => (
          <>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
            <BusinessesTable businesses={data.items} onDelete={(business) => void onDelete(business)} />
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
