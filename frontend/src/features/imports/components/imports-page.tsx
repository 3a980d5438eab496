import { Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';

import { ListPagination } from '@/components/list-pagination';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';

import { useImports } from '../api/imports';
import { KIND_LABELS } from '../lib/labels';

import { ImportUploadForm } from './import-upload-form';
import { ImportsHistoryTable } from './imports-history-table';

const route = getRouteApi('/app/imports');

export function ImportsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const imports = useImports(search.kind, search.page ?? 1);
  const kind = search.kind ?? 'businesses';

  const onPage = (page: number) => void navigate({ search: (prev) => ({ ...prev, page }) });

  return (
    <>
      <PageHeader title="データ管理(一括取込)" crumbs={[{ label: 'データ管理' }, { label: '一括取込' }]} />
      <ImportUploadForm
        kind={kind}
        onKindChange={(next) => void navigate({ search: { kind: next }, replace: true })}
        onStarted={(job) => void navigate({ to: '/imports/$importId', params: { importId: job.id } })}
      />
      <Title order={3} size="h5" mb="xs">
        取込履歴{search.kind ? `(${KIND_LABELS[search.kind]})` : ''}
      </Title>
      <QueryState query={imports} isEmpty={(data) => data.items.length === 0} empty="取込の履歴はまだありません。">
        {(data) => (
          <>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={onPage} />
            <ImportsHistoryTable jobs={data.items} />
          </>
        )}
      </QueryState>
    </>
  );
}
