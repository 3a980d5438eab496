import { getRouteApi } from '@tanstack/react-router';

import { Can } from '@/features/auth';
import { ListPagination } from '@/components/list-pagination';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';

import { useWorkDays } from '../api/work-days';

import { ButtonLink } from '@/components/links';

import { AttendanceExports } from './attendance-exports';
import { AttendanceFilters } from './attendance-filters';
import { AttendanceTable } from './attendance-table';

const route = getRouteApi('/app/attendance');

export function AttendanceListPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const workDays = useWorkDays(search);
  const onPage = (page: number) => void navigate({ search: (prev) => ({ ...prev, page }) });

  return (
    <>
      <PageHeader
        title="就業履歴一覧"
        actions={
          <Can scope="attendance:write">
            <ButtonLink to="/attendance/new" search={{ site_id: search.site_id }}>
              手動登録
            </ButtonLink>
            <ButtonLink to="/attendance/bulk" variant="light">
              一括登録
            </ButtonLink>
          </Can>
        }
      />
      <AttendanceFilters
        // Remounted when the URL changes (back/forward, クリア) so the form shows the applied filters.
        key={JSON.stringify(search, [
          'site_id',
          'business_id',
          'worker_id',
          'date_from',
          'date_to',
          'ccus_state',
          'state',
        ])}
        search={search}
        onSearch={(filters) => void navigate({ search: { ...filters, page: undefined } })}
      />
      <AttendanceExports search={search} />
      <QueryState query={workDays} isEmpty={(data) => data.items.length === 0} empty="条件に合う就業履歴はありません。">
        {(data) => (
          <>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
            <AttendanceTable items={data.items} />
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
