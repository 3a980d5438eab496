import { Group, Pagination, Text } from '@mantine/core';

import type { components } from '@/api/schema';
import { formatNumber } from '@/lib/format';

type PaginationInfo = components['schemas']['Pagination'];

/** "72 件中 1 - 20 件 表示", as in the seed's lists, with a pager. */
export function pageSummary({ total_count, total_is_exact, page, limit }: PaginationInfo, shown: number): string {
  if (total_count === 0 || shown === 0) return '0 件';
  const first = (page - 1) * limit + 1;
  const last = first + shown - 1;
  const total = `${formatNumber(total_count)}${total_is_exact === false ? ' 件以上' : ' 件'}`;
  return `${total}中 ${formatNumber(first)} - ${formatNumber(last)} 件 表示`;
}

export function ListPagination({
  pagination,
  shown,
  onPage,
}: {
  pagination: PaginationInfo;
  shown: number;
  onPage: (page: number) => void;
}) {
  return (
    <Group justify="space-between" my="sm">
      <Text size="sm" c="dimmed" data-testid="page-summary">
        ({pageSummary(pagination, shown)})
      </Text>
      {pagination.max_page > 1 ? (
        <Pagination
          size="sm"
          total={pagination.max_page}
          value={pagination.page}
          onChange={onPage}
          getControlProps={(control) => ({
            'aria-label': { first: '最初', last: '最後', next: '次', previous: '前' }[control],
          })}
        />
      ) : null}
    </Group>
  );
}
