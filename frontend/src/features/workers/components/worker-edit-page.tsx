import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { notifySaved } from '@/lib/notify';

import { fullName } from '../api/labels';
import { useUpdateWorker, useWorker, type Worker } from '../api/workers';

import { workerToValues } from './worker-form/form-values';
import { toUpdateBody } from './worker-form/request-body';
import { WorkerForm } from './worker-form/worker-form';

const route = getRouteApi('/app/workers/$workerId/edit');

export function WorkerEditPage() {
  const { workerId } = route.useParams();
  const worker = useWorker(workerId);
  const name = worker.data ? fullName(worker.data) : '技能者';

  return (
    <>
      <PageHeader
        title="技能者編集"
        crumbs={[
          { label: '技能者一覧', to: '/workers' },
          { label: name, to: `/workers/${workerId}` },
          { label: '編集' },
        ]}
      />
      <QueryState query={worker}>{(data) => <EditForm key={data.id} worker={data} />}</QueryState>
    </>
  );
}

function EditForm({ worker }: { worker: Worker }) {
  const navigate = route.useNavigate();
  const update = useUpdateWorker(worker.id);
  // The form opens once with what was loaded; later refetches must not overwrite typing.
  const [initialValues] = useState(() => workerToValues(worker));
  const toDetail = () => navigate({ to: '/workers/$workerId', params: { workerId: worker.id } });

  return (
    <WorkerForm
      mode="edit"
      initialValues={initialValues}
      businessName={worker.business.name}
      hasVerificationNumber={worker.verification_number !== null}
      retiredOn={worker.retired_on}
      onSave={async (values) => {
        const { body } = toUpdateBody(values, initialValues);
        if (Object.keys(body).length === 0) {
          notifySaved('変更はありません。');
        } else {
          await update.mutateAsync(body);
          notifySaved(body.retired_on ? '退職日を登録しました。' : undefined);
        }
        await toDetail();
      }}
      onCancel={() => void toDetail()}
    />
  );
}
