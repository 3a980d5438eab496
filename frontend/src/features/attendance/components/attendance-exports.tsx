import { Group } from '@mantine/core';

import { DownloadButton } from '@/components/download-button';
import { ButtonLink } from '@/components/links';

import { exportUrl } from '../api/work-days';
import type { AttendanceSearch } from '../search';

/** Above the list: the site's 月別カレンダー (when one site is chosen) and the Excel/CSV exports of the filtered days. */
export function AttendanceExports({ search }: { search: AttendanceSearch }) {
  return (
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
  );
}
