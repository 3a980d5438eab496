import { Badge, Button, Group, Modal, Table } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';

import { ListPagination } from '@/components/list-pagination';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { formatDateTime } from '@/lib/format';

import { ROLE_LABELS, useUsers, type User } from '../api/users';

import { InvitationsSection } from './invitations/invitations-section';
import { InviteButton } from './invitations/invite-button';
import { UserForm } from './user-form';

const route = getRouteApi('/app/admin/users');

export function UsersPage() {
  const page = route.useSearch().page ?? 1;
  const navigate = route.useNavigate();
  const setPage = (next: number) => void navigate({ search: { page: next > 1 ? next : undefined } });
  const users = useUsers(page);
  const [editing, setEditing] = useState<{ user?: User } | null>(null);

  return (
    <>
      <PageHeader
        title="ユーザー管理"
        actions={
          <Group gap="xs">
            <InviteButton />
            <Button variant="default" onClick={() => setEditing({})}>
              ユーザーを追加
            </Button>
          </Group>
        }
      />
      <QueryState query={users} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={setPage} />
            <DataTable striped highlightOnHover withTableBorder fz="sm" label="ユーザー一覧">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>氏名</Table.Th>
                  <Table.Th>メールアドレス</Table.Th>
                  <Table.Th>権限</Table.Th>
                  <Table.Th>担当拠点・支店</Table.Th>
                  <Table.Th>状態</Table.Th>
                  <Table.Th>最終ログイン</Table.Th>
                  <Table.Th aria-label="操作" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>{user.name}</Table.Td>
                    <Table.Td>{user.email}</Table.Td>
                    <Table.Td>{ROLE_LABELS[user.role]}</Table.Td>
                    <Table.Td>{user.branch_ids.length === 0 ? 'すべて' : `${user.branch_ids.length} 拠点`}</Table.Td>
                    <Table.Td>
                      {user.invitation_pending ? (
                        <Badge color="blue" variant="light">
                          招待中
                        </Badge>
                      ) : user.is_active ? (
                        <Badge color="green" variant="light">
                          有効
                        </Badge>
                      ) : (
                        <Badge color="gray">無効</Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{formatDateTime(user.last_login_at) || '—'}</Table.Td>
                    <Table.Td data-action>
                      <Button size="xs" variant="subtle" onClick={() => setEditing({ user })}>
                        編集
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
          </>
        )}
      </QueryState>
      <InvitationsSection />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.user ? 'ユーザーの編集' : 'ユーザーの追加'}
      >
        {editing ? <UserForm user={editing.user} onDone={() => setEditing(null)} /> : null}
      </Modal>
    </>
  );
}
