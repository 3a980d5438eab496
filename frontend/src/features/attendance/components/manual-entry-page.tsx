import { getRouteApi } from '@tanstack/react-router';

import { PageHeader } from '@/components/page-header';

import { ManualEntryForm } from './manual-entry-form';

const route = getRouteApi('/app/attendance/new');

export function ManualEntryPage() {
  const search = route.useSearch();
  return (
    <>
      <PageHeader
        title="就業履歴登録"
        crumbs={[{ label: '就業履歴一覧', to: '/attendance' }, { label: '就業履歴登録' }]}
      />
      <ManualEntryForm defaults={search} />
    </>
  );
}
