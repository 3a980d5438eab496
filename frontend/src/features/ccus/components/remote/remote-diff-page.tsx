import { getRouteApi } from '@tanstack/react-router';

import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/page-states';

import { isIdCheckTable } from '../../labels';

import { RemoteDiff } from './remote-diff';

const route = getRouteApi('/app/ccus/remote/$table/$entityId');

export function RemoteDiffPage() {
  const { table, entityId } = route.useParams();
  if (!isIdCheckTable(table)) {
    return (
      <>
        <PageHeader title="CCUS取得" />
        <EmptyState>CCUSから取得できるのは現場・事業者・技能者です。</EmptyState>
      </>
    );
  }
  return <RemoteDiff table={table} entityId={entityId} />;
}
