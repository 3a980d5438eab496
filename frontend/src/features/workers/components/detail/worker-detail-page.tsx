import { Alert, Badge, Button, Group, Stack, Tooltip } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';

import { Can } from '@/features/auth';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';

import { fullName } from '../../api/labels';
import { useWorker, type Worker } from '../../api/workers';
import { WorkerDeleteButton } from '../worker-delete-button';

import { CareerProgress } from './career-progress';
import { ButtonLink } from '@/components/links';
import { WorkerDetailSections } from './worker-detail-sections';

const route = getRouteApi('/app/workers/$workerId');

export function WorkerDetailPage() {
  const { workerId } = route.useParams();
  const worker = useWorker(workerId);
  const title = worker.data ? fullName(worker.data) : '技能者情報';

  return (
    <>
      <PageHeader
        title={title}
        crumbs={[{ label: '技能者一覧', to: '/workers' }, { label: title }]}
        actions={worker.data ? <WorkerActions worker={worker.data} /> : null}
      />
      <QueryState query={worker}>
        {(data) => (
          <Stack gap="md">
            {data.is_retired ? (
              <Alert color="gray" title="退職済みの技能者です">
                退職日 {data.retired_on?.replaceAll('-', '/')}。携帯電話番号とCCUS技能者IDは別の技能者の登録に使えます。
              </Alert>
            ) : null}
            <CareerProgress workerId={data.id} />
            <WorkerDetailSections worker={data} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}

function WorkerActions({ worker }: { worker: Worker }) {
  const navigate = useNavigate();
  const [deleteError, setDeleteError] = useState<string | null>(null);

  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs">
        {worker.is_retired ? <Badge color="gray">退職</Badge> : null}
        <ButtonLink to="/attendance" search={{ worker_id: worker.id }} variant="default">
          就業履歴
        </ButtonLink>
        {worker.ccus_worker_id ? (
          <ButtonLink
            to="/ccus/remote/$table/$entityId"
            params={{ table: 'workers', entityId: worker.id }}
            variant="default"
          >
            CCUS取得
          </ButtonLink>
        ) : (
          <Tooltip label="CCUS技能者IDが登録されていません">
            <Button variant="default" data-disabled onClick={(event) => event.preventDefault()}>
              CCUS取得
            </Button>
          </Tooltip>
        )}
        <Can scope="registry:write">
          <ButtonLink to="/workers/$workerId/edit" params={{ workerId: worker.id }}>
            編集
          </ButtonLink>
          <WorkerDeleteButton
            worker={worker}
            onDeleted={() => navigate({ to: '/workers' })}
            onRefused={setDeleteError}
          />
        </Can>
      </Group>
      {deleteError ? (
        <Alert color="red" role="alert" title="削除できませんでした" maw={480}>
          {deleteError}
        </Alert>
      ) : null}
    </Stack>
  );
}
