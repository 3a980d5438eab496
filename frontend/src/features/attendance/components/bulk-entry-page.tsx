import { PageHeader } from '@/components/page-header';

import { BulkEntryForm } from './bulk-entry-form';

export function BulkEntryPage() {
  return (
    <>
      <PageHeader
        title="就業履歴一括登録"
        crumbs={[{ label: '就業履歴一覧', to: '/attendance' }, { label: '就業履歴一括登録' }]}
      />
      <BulkEntryForm />
    </>
  );
}
