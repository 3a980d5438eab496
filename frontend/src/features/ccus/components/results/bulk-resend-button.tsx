import { Button } from '@mantine/core';

import { Can } from '@/features/auth';
import { formatNumber } from '@/lib/format';
import { notifyError, notifySaved } from '@/lib/notify';

import { useBulkResend } from '../../api/outbox';
import type { OutboxFilter } from '../../api/outbox-types';

/** 再送 of everything the list's filter means (not only the page shown), after a confirmation. */
export function BulkResendButton({ filter, total }: { filter: OutboxFilter; total: number }) {
  const bulk = useBulkResend();
  const onBulk = async () => {
    if (!window.confirm(`絞り込んだ ${formatNumber(total)} 件をすべて再送しますか？`)) return;
    try {
      const { requeued } = await bulk.mutateAsync({ filter });
      notifySaved(`${formatNumber(requeued)} 件を再送しました。結果は連携結果一覧に表示されます。`);
    } catch (error) {
      notifyError(error, '再送できませんでした');
    }
  };
  return (
    <Can scope="ccus:write">
      <Button size="xs" variant="light" loading={bulk.isPending} onClick={() => void onBulk()}>
        絞り込んだ {formatNumber(total)} 件を再送
      </Button>
    </Can>
  );
}
