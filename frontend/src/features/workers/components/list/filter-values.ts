import type { RetirementStatus, WorkersSearch } from '../../search';

export type Filters = Omit<WorkersSearch, 'page' | 'limit'>;

export const STATUS_OPTIONS: { value: RetirementStatus; label: string }[] = [
  { value: 'active', label: '在籍' },
  { value: 'retired', label: '退職' },
  { value: 'all', label: '全て' },
];

const blankToUndefined = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/** What 検索 puts in the URL: trimmed texts, nothing for blanks, 在籍 as the API's default. */
export function appliedFilters(draft: Filters): Filters {
  return {
    business_id: draft.business_id || undefined,
    name: blankToUndefined(draft.name),
    code: blankToUndefined(draft.code),
    ccus_worker_id: blankToUndefined(draft.ccus_worker_id),
    phone: blankToUndefined(draft.phone),
    employment_type_code: draft.employment_type_code || undefined,
    site_id: draft.site_id || undefined,
    status: draft.status === 'active' ? undefined : draft.status,
  };
}
