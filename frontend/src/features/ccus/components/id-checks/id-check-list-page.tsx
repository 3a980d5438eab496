import { getRouteApi } from '@tanstack/react-router';

import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/page-states';

import { isIdCheckTable } from '../../labels';

import { IdCheckList } from './id-check-list';

const route = getRouteApi('/app/ccus/id-checks/$table');

export function IdCheckListPage() {
  const { table } = route.useParams();
  if (!isIdCheckTable(table)) {
    return (
      <>
        <PageHeader title="CCUSID有効確認" crumbs={[{ label: 'CCUSID有効確認', to: '/ccus/id-checks' }]} />
        <EmptyState>この種別の確認結果はありません。</EmptyState>
      </>
    );
  }
  return <IdCheckList table={table} />;
}
