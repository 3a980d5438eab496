import { ServerSearchSelect, type SearchSelectProps } from '@/components/pickers/server-search-select';

import { businessesQueryOptions } from '../api/businesses';

export function BusinessSelect({ siteId, ...props }: SearchSelectProps & { siteId?: string | null }) {
  return (
    <ServerSearchSelect
      queryFor={(name) => businessesQueryOptions({ name: name || undefined, site_id: siteId ?? undefined, limit: 50 })}
      toOptions={(page) => page.items.map((business) => ({ value: business.id, label: business.name }))}
      {...props}
    />
  );
}
