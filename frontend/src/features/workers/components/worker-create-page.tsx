import { getRouteApi } from '@tanstack/react-router';

import { PageHeader } from '@/components/page-header';
import { notifySaved } from '@/lib/notify';

import { useCreateWorker } from '../api/workers';

import { emptyWorkerValues } from './worker-form/form-values';
import { toCreateBody } from './worker-form/request-body';
import { WorkerForm } from './worker-form/worker-form';

const route = getRouteApi('/app/workers/new');

export function WorkerCreatePage() {
  const { business_id: businessId } = route.useSearch();
  const navigate = route.useNavigate();
  const create = useCreateWorker();

  return (
    <>
      <PageHeader title="技能者登録" crumbs={[{ label: '技能者一覧', to: '/workers' }, { label: '技能者登録' }]} />
      <WorkerForm
        mode="create"
        initialValues={emptyWorkerValues(businessId)}
        onSave={async (values) => {
          const created = await create.mutateAsync(toCreateBody(values).body);
          notifySaved('技能者を登録しました。');
          await navigate({ to: '/workers/$workerId', params: { workerId: created.id } });
        }}
        onCancel={() => void navigate({ to: '/workers', search: businessId ? { business_id: businessId } : {} })}
      />
    </>
  );
}
