import type { IdCheckTable } from '../../labels';

import { AnchorLink } from '@/components/links';

export function RemoteLink({ table, id }: { table: IdCheckTable; id: string }) {
  return (
    <AnchorLink to="/ccus/remote/$table/$entityId" params={{ table, entityId: id }}>
      CCUS取得
    </AnchorLink>
  );
}

/** What a send is about: the site, business, worker and day it carries. */
