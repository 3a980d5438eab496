import { Badge, Group, List, Text } from '@mantine/core';

import { QueryState } from '@/components/page-states';
import { formatDateTime, formatNumber } from '@/lib/format';

import { useReservationsPreview } from '../api/notices';
import { KIND_LABELS } from '../labels';

import { AnchorLink } from '@/components/links';
import { NoticeCard } from './notice-card';

export function ReservationsCard() {
  const reservations = useReservationsPreview();
  return (
    <NoticeCard title="CCUS送信待ち(連携予約)" link={<AnchorLink to="/ccus/reservations">連携予約へ</AnchorLink>}>
      <QueryState query={reservations} isEmpty={(data) => data.items.length === 0} empty="送信待ちの連携はありません。">
        {(data) => (
          <>
            <Text size="sm" mb="xs">
              送信待ち {formatNumber(data.pagination.total_count)} 件
            </Text>
            <List size="sm" spacing={4}>
              {data.items.map((entry) => (
                <List.Item key={entry.id}>
                  <Group gap={6}>
                    <Text span size="sm">
                      {formatDateTime(entry.scheduled_for)} {KIND_LABELS[entry.kind]}
                    </Text>
                    <Text span size="sm" c="dimmed">
                      {entry.worker?.name ?? entry.business?.name ?? entry.site?.name ?? ''}
                    </Text>
                    {entry.status === 'held' ? (
                      <Badge color="yellow" variant="light" size="sm">
                        保留
                      </Badge>
                    ) : null}
                  </Group>
                </List.Item>
              ))}
            </List>
          </>
        )}
      </QueryState>
    </NoticeCard>
  );
}
