import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { Can } from '@/features/auth';
import { FormAlert } from '@/components/form-alert';
import { PageHeader, type Crumb } from '@/components/page-header';
import { LoadingState } from '@/components/page-states';
import { notifySaved } from '@/lib/notify';
import { ApiError, errorMessage, fieldErrorsByPath } from '@/lib/problem';

import { useApplyRemote, useLocalEntity, useRemoteEntity } from '../../api/remote';
import { TABLE_LABELS, type IdCheckTable } from '../../labels';
import { entityName } from '../../remote-fields';
import { diffRows } from '../../remote-rows';

import { EditLink } from '../edit-link';
import { RemoteDiffTable } from './remote-diff-table';
import { RemoteError } from './remote-error';

function failureText(error: unknown): string {
  if (!(error instanceof ApiError)) return errorMessage(error);
  return [error.message_ja, ...fieldErrorsByPath(error.problem).values()].join(' ');
}

export function RemoteDiff({ table, entityId }: { table: IdCheckTable; entityId: string }) {
  const labels = TABLE_LABELS[table];
  const local = useLocalEntity(table, entityId);
  const remote = useRemoteEntity(table, entityId);
  const apply = useApplyRemote(table, entityId);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);

  const name = local.data ? entityName(local.data) : null;
  const crumbs: Crumb[] = [
    { label: labels.list, to: labels.listPath },
    ...(name ? [{ label: name, to: `${labels.listPath}/${entityId}` }] : []),
    { label: 'CCUS取得' },
  ];
  const rows = remote.data ? diffRows(table, remote.data, local.data) : [];
  const differing = rows.filter((row) => row.differs).length;

  const toggle = (key: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const onApply = async () => {
    const chosen = rows.filter((row) => selected.has(row.key) && row.patch);
    if (chosen.length === 0) return;
    const names = chosen.map((row) => row.label).join('、');
    if (!window.confirm(`${names}をCCUSの値で更新しますか？`)) return;
    setFailure(null);
    try {
      await apply.mutateAsync(Object.assign({}, ...chosen.map((row) => row.patch)));
      setSelected(new Set());
      notifySaved('CCUSの値で更新しました。');
    } catch (error) {
      setFailure(failureText(error));
    }
  };

  return (
    <>
      <PageHeader
        title={name ? `CCUS取得 ${name}` : 'CCUS取得'}
        crumbs={crumbs}
        actions={
          <EditLink table={table} id={entityId}>
            編集画面を開く
          </EditLink>
        }
      />
      {remote.isPending ? (
        <LoadingState label="CCUSから取得しています…" />
      ) : remote.error || !remote.data ? (
        <RemoteError error={remote.error} table={table} entityId={entityId} onRetry={() => void remote.refetch()} />
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            {labels.ccusId}: {remote.data.ccus_id}
          </Text>
          <Text size="sm" c={differing > 0 ? 'orange.8' : 'dimmed'} fw={differing > 0 ? 700 : undefined}>
            {differing > 0
              ? `CCUSと異なる項目が ${differing} 件あります(色の付いた行)。`
              : 'genbaとCCUSの登録内容は一致しています。'}
          </Text>
          <FormAlert message={failure} title="更新できませんでした" />
          <RemoteDiffTable rows={rows} selected={selected} onToggle={toggle} />
          <Group>
            <Can scope="registry:write">
              <Button onClick={() => void onApply()} disabled={selected.size === 0} loading={apply.isPending}>
                チェックした項目をCCUSの値で更新
              </Button>
            </Can>
          </Group>
          <Text size="xs" c="dimmed">
            チェックした項目だけを、CCUSに登録されている値で{labels.entity}
            情報に反映します。それ以外の項目や、自動で反映できない項目は編集画面で修正してください。
          </Text>
        </Stack>
      )}
    </>
  );
}
