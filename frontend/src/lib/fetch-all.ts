import type { components } from '@/api/schema';

type Page<T> = { items: T[]; pagination: components['schemas']['Pagination'] };

// Lists the screens join against (a site's businesses or workers) are small but paginated by the API.
const MAX_PAGES = 20;

export async function fetchAllPages<T>(fetchPage: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const first = await fetchPage(1);
  const items = [...first.items];
  const last = Math.min(first.pagination.max_page, MAX_PAGES);
  for (let page = 2; page <= last; page += 1) {
    items.push(...(await fetchPage(page)).items);
  }
  return items;
}
