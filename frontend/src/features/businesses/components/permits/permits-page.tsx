import { Button, Modal, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { Can } from '@/features/auth';
import { notifyError, notifySaved } from '@/lib/notify';

import { useBusiness } from '../../api/businesses';
import { usePermits, useRemovePermit, type Permit } from '../../api/permits';

import { PermitForm } from './permit-form';
import { PermitsTable } from './permits-table';

const route = getRouteApi('/app/businesses/$businessId/permits');

type Editing = { permit?: Permit } | null;

/** 建設業許可番号設定: the business's permits, listed, added, changed and removed. */
export function PermitsPage() {
  const { businessId } = route.useParams();
  const business = useBusiness(businessId);
  const permits = usePermits(businessId);
  const remove = useRemovePermit(businessId);
  const [editing, setEditing] = useState<Editing>(null);
  const name = business.data?.name ?? '事業者';

  const onRemove = async (permit: Permit) => {
    if (!window.confirm(`第${permit.number}号を削除しますか？`)) return;
    try {
      await remove.mutateAsync(permit.id);
      notifySaved('削除しました。');
    } catch (error) {
      notifyError(error, '削除できませんでした');
    }
  };

  return (
    <>
      <PageHeader
        title="建設業許可番号設定"
        crumbs={[
          { label: '下請事業者管理', to: '/businesses' },
          { label: name, to: `/businesses/${businessId}` },
          { label: '建設業許可番号設定' },
        ]}
        actions={
          <Can scope="registry:write">
            <Button onClick={() => setEditing({})}>許可番号を追加</Button>
          </Can>
        }
      />
      <Text size="sm" c="dimmed" mb="sm">
        {name}の建設業許可番号です。許可行政庁、般/特、許可番号、業種、有効期限を登録します。
      </Text>
      <QueryState query={permits} isEmpty={(rows) => rows.length === 0} empty="建設業許可番号は登録されていません。">
        {(rows) => (
          <PermitsTable permits={rows} onEdit={(permit) => setEditing({ permit })} onRemove={(p) => void onRemove(p)} />
        )}
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.permit ? '建設業許可番号の編集' : '建設業許可番号の追加'}
      >
        {editing ? (
          <PermitForm businessId={businessId} permit={editing.permit} onDone={() => setEditing(null)} />
        ) : null}
      </Modal>
    </>
  );
}
