import { Group } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';

import { Can } from '@/features/auth';
import { DownloadButton } from '@/components/download-button';
import { ListPagination } from '@/components/list-pagination';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';

import { exportUrl, useWorkDays } from '../api/work-days';

import { AttendanceFilters } from './attendance-filters';
import { AttendanceTable } from './attendance-table';
import { ButtonLink } from '@/components/links';

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
          'ccus_status',
          'state',
        ])}
        search={search}
        onSearch={(filters) => void navigate({ search: { ...filters, page: undefined } })}
      />
      <Group justify="flex-end" gap="xs" mb="xs">
        {search.site_id ? (
          <ButtonLink
            to="/sites/$siteId/calendar"
            params={{ siteId: search.site_id }}
            search={{ month: (search.date_from ?? search.date_to)?.slice(0, 7) }}
            variant="default"
          >
            月別カレンダー
          </ButtonLink>
        ) : null}
        <DownloadButton url={exportUrl(search, 'xlsx')} fileName="就業履歴.xlsx">
          Excel出力
        </DownloadButton>
        <DownloadButton url={exportUrl(search, 'csv')} fileName="就業履歴.csv">
          CSV出力
        </DownloadButton>
      </Group>
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
