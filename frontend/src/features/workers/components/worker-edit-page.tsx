import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';

import { PageHeader } from '@/components/page-header';
import { CcusEditContext, FixBanner, fixReturnHref, savedMessage, useFixMark } from '@/features/ccus';
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
  const { fix } = route.useSearch();
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
      {fix ? <FixBanner fixId={fix} entity="worker" entityId={workerId} /> : null}
      <QueryState query={worker}>
        {(data) => (
          <>
            <CcusEditContext
              table="workers"
              id={data.id}
              missing={!data.ccus_worker_id || data.verification_number === null}
            />
            <EditForm key={data.id} worker={data} />
          </>
        )}
      </QueryState>
    </>
  );
}

function EditForm({ worker }: { worker: Worker }) {
  const navigate = useNavigate();
  const { fix, return: back } = route.useSearch();
  const fixMark = useFixMark(fix, 'worker');
  const update = useUpdateWorker(worker.id);
  // The form opens once with what was loaded; later refetches must not overwrite typing.
  const [initialValues] = useState(() => workerToValues(worker));
  const toDetail = () => navigate({ to: '/workers/$workerId', params: { workerId: worker.id } });
  const afterSave = () => {
    const href = fixReturnHref(back, fix);
    return href ? navigate({ href }) : toDetail();
  };

  return (
    <WorkerForm
      mode="edit"
      initialValues={initialValues}
      businessName={worker.business.name}
      hasVerificationNumber={worker.verification_number !== null}
      retiredOn={worker.retired_on}
      fixMark={fixMark}
      onSave={async (values) => {
        const { body } = toUpdateBody(values, initialValues);
        if (Object.keys(body).length === 0) {
          notifySaved('変更はありません。');
        } else {
          const saved = await update.mutateAsync(body);
          notifySaved(savedMessage(saved, body.retired_on ? '退職日を登録しました。' : undefined));
        }
        await afterSave();
      }}
      onCancel={() => void toDetail()}
    />
  );
}
