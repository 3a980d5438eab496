import { Text } from '@mantine/core';

import { AnchorLink } from '@/components/links';

/** After 登録 was refused because the day exists: a link to it, since times are corrected there. */
export function ExistingDayLink({
  siteId,
  workerId,
  day,
}: {
  siteId: string | null;
  workerId: string | null;
  day: string;
}) {
  return (
    <Text size="sm" mb="md">
      <AnchorLink
        to="/attendance"
        search={{ site_id: siteId ?? undefined, worker_id: workerId ?? undefined, date_from: day, date_to: day }}
      >
        登録済みの就業履歴を開く
      </AnchorLink>
      (時刻の訂正は就業履歴の編集から行ってください)
    </Text>
  );
}
