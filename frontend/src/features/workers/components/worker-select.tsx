import { ServerSearchSelect, type SearchSelectProps } from '@/components/pickers/server-search-select';

import { workersQueryOptions } from '../api/workers';

export function WorkerSelect({
  businessId,
  siteId,
  status = 'active',
  ...props
}: SearchSelectProps & {
  businessId?: string | null;
  siteId?: string | null;
  /** 'all' where a retired worker's past days may be entered or looked up. */
  status?: 'active' | 'retired' | 'all';
}) {
  return (
    <ServerSearchSelect
      queryFor={(name) =>
        workersQueryOptions({
          name: name || undefined,
          business_id: businessId ?? undefined,
          site_id: siteId ?? undefined,
          status,
          limit: 50,
        })
      }
      toOptions={(page) =>
        page.items.map((worker) => ({
          value: worker.id,
          label: `${worker.family_name} ${worker.given_name}(${worker.business.name})${worker.is_retired ? ' 退職' : ''}`,
        }))
      }
      {...props}
    />
  );
}
