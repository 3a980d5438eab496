import { Group } from '@mantine/core';

import { ButtonLink } from '@/components/links';
import { Can } from '@/features/auth';

import { fullName } from '../../api/labels';
import type { Worker } from '../../api/workers';
import { WorkerDeleteButton } from '../worker-delete-button';

/** A row's 編集 and 削除, for those who may change workers. */
export function WorkerRowActions({ worker, onRefused }: { worker: Worker; onRefused: (reason: string) => void }) {
  const name = fullName(worker);
  return (
    <Can scope="registry:write">
      <Group gap={4} wrap="nowrap">
        <ButtonLink
          to="/workers/$workerId/edit"
          params={{ workerId: worker.id }}
          size="compact-xs"
          variant="subtle"
          aria-label={`${name}を編集`}
        >
          編集
        </ButtonLink>
        <WorkerDeleteButton
          worker={worker}
          size="compact-xs"
          aria-label={`${name}を削除`}
          onRefused={(reason) => onRefused(`${name}: ${reason}`)}
        />
      </Group>
    </Can>
  );
}
