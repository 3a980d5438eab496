import { Button, Modal, Table } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';

import { ListPagination } from '@/components/list-pagination';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { notifyError, notifySaved } from '@/lib/notify';
import { Can, useCan } from '@/features/auth';

import { useBranches, useDeleteBranch, type Branch } from '../api/branches';

import { BranchForm } from './branch-form';

const route = getRouteApi('/app/branches');

type Editing = { branch?: Branch } | null;

export function BranchesPage() {
  const page = route.useSearch().page ?? 1;
  const navigate = route.useNavigate();
  const setPage = (next: number) => void navigate({ search: { page: next > 1 ? next : undefined } });
  const branches = useBranches(page);
  const remove = useDeleteBranch();
  const [editing, setEditing] = useState<Editing>(null);
  const canWrite = useCan('masters:write');

  const onDelete = async (branch: Branch) => {
    if (!window.confirm(`「${branch.name}」を削除しますか？`)) return;
    try {
      await remove.mutateAsync(branch.id);
      notifySaved('削除しました。');
    } catch (error) {
      notifyError(error, '削除できませんでした');
    }
  };

  return (
    <>
      <PageHeader
        title="拠点・支店管理"
        actions={
          <Can scope="masters:write">
            <Button onClick={() => setEditing({})}>拠点・支店を追加</Button>
          </Can>
        }
      />
      <QueryState
        query={branches}
        isEmpty={(data) => data.items.length === 0}
        empty="拠点・支店はまだ登録されていません。"
      >
        {(data) => (
          <>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={setPage} />
            <DataTable striped highlightOnHover withTableBorder label="拠点・支店一覧">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>拠点・支店コード</Table.Th>
                  <Table.Th>拠点・支店名</Table.Th>
                  <Table.Th>表示順</Table.Th>
                  {canWrite ? <Table.Th aria-label="操作" /> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((branch) => (
                  <Table.Tr key={branch.id}>
                    <Table.Td>{branch.code}</Table.Td>
                    <Table.Td>{branch.name}</Table.Td>
                    <Table.Td>{branch.display_order}</Table.Td>
                    {canWrite ? (
                      <Table.Td data-action>
                        <Button size="xs" variant="subtle" onClick={() => setEditing({ branch })}>
                          編集
                        </Button>
                        <Button size="xs" variant="subtle" color="red" onClick={() => void onDelete(branch)}>
                          削除
                        </Button>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
          </>
        )}
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.branch ? '拠点・支店の編集' : '拠点・支店の追加'}
      >
        {editing ? (
          <BranchForm
            branch={editing.branch}
            onDone={() => {
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}
