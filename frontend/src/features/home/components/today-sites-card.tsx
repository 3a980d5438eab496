import { Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data-table';

import type { components } from '@/api/schema';
import { QueryState } from '@/components/page-states';
import { formatDate, formatNumber } from '@/lib/format';

import { TODAY_LIMIT, useTodayAttendance } from '../api/notices';

import { AnchorLink } from '@/components/links';
import { NoticeCard } from './notice-card';

type WorkDay = components['schemas']['WorkDay'];
type SiteDay = { id: string; name: string; entered: number; open: number };

function perSite(days: WorkDay[]): SiteDay[] {
  const sites = new Map<string, SiteDay>();
  for (const day of days) {
    const site = sites.get(day.site.id) ?? { id: day.site.id, name: day.site.name, entered: 0, open: 0 };
    site.entered += 1;
    if (day.state === 'open') site.open += 1;
    sites.set(day.site.id, site);
  }
  return [...sites.values()].sort((a, b) => b.entered - a.entered || a.name.localeCompare(b.name, 'ja'));
}

export function TodaySitesCard({ today }: { today: string }) {
  const attendance = useTodayAttendance(today);
  return (
    <NoticeCard
      title={`本日の入場 (${formatDate(today)})`}
      link={
        <AnchorLink to="/attendance" search={{ date_from: today, date_to: today }}>
          就業履歴一覧へ
        </AnchorLink>
      }
    >
      <QueryState query={attendance} isEmpty={(data) => data.items.length === 0} empty="本日の入場はまだありません。">
        {(data) => (
          <>
            <DataTable striped highlightOnHover withTableBorder fz="sm" label="本日の入場">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>現場名</Table.Th>
                  <Table.Th ta="right">入場</Table.Th>
                  <Table.Th ta="right">退場未登録</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {perSite(data.items).map((site) => (
                  <Table.Tr key={site.id}>
                    <Table.Td>
                      <AnchorLink to="/attendance" search={{ site_id: site.id, date_from: today, date_to: today }}>
                        {site.name}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(site.entered)} 名</Table.Td>
                    <Table.Td ta="right">{formatNumber(site.open)} 名</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
            {data.pagination.total_count > data.items.length ? (
              <Text size="xs" c="dimmed" mt="xs">
                本日の {formatNumber(data.pagination.total_count)} 件のうち、先頭 {formatNumber(TODAY_LIMIT)}{' '}
                件を集計しています。
              </Text>
            ) : null}
          </>
        )}
      </QueryState>
    </NoticeCard>
  );
}
