import { ServerSearchSelect, type SearchSelectProps } from '@/components/pickers/server-search-select';

import { sitesQueryOptions } from '../api/sites';

export function SiteSelect({
  visibleOnly = false,
  ...props
}: SearchSelectProps & {
  /** Entry forms offer only sites shown in 現場一覧 (表示); filters also find hidden ones. */
  visibleOnly?: boolean;
}) {
  return (
    <ServerSearchSelect
      queryFor={(name) =>
        sitesQueryOptions({ name: name || undefined, is_visible: visibleOnly ? true : undefined, limit: 50 })
      }
      toOptions={(page) => page.items.map((site) => ({ value: site.id, label: `${site.code} ${site.name}` }))}
      {...props}
    />
  );
}
