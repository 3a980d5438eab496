import { Alert, Group, Text } from '@mantine/core';

import { CcusStatusBadge } from '@/components/ccus-status-badge';
import { formatDate } from '@/lib/format';

import { useOutboxEntry } from '../../api/outbox';
import { KIND_LABELS } from '../../labels';

const SAYS: Record<string, string> = {
  pending: '再送を待っています。',
  sending: 'CCUSへ送信しています。',
  awaiting_result: 'CCUSへ送信しました。結果を待っています。',
  succeeded: 'CCUSに受け付けられました。',
  held: 'まだ保留です。',
  rejected: 'CCUSでまだ受け付けられません。',
  not_applicable: '送信対象外です。',
  cancelled: '取り消されました。',
};

/** After a fix page: the fixed record's state now, followed until it settles. */
export function FixedEntryNotice({ id }: { id: string }) {
  const entry = useOutboxEntry(id, true);
  if (!entry.data) return null;
  const { data } = entry;
  const who = [data.site?.name, data.business?.name, data.worker?.name, formatDate(data.work_date)]
    .filter(Boolean)
    .join(' ・ ');
  return (
    <div role="status" aria-label="修正した連携">
      <Alert color={data.status === 'succeeded' ? 'green' : 'blue'} title="修正した連携の状態">
        <Group gap="xs">
          <Text size="sm">
            {KIND_LABELS[data.kind]} {who}
          </Text>
          <CcusStatusBadge status={data.status} />
          <Text size="sm">{SAYS[data.status] ?? ''}</Text>
        </Group>
      </Alert>
    </div>
  );
}
