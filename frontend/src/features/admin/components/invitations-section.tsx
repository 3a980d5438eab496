import { Badge, Button, Group, Table, Text, Title } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { QueryState } from '@/components/page-states';
import { formatDateTime } from '@/lib/format';
import { notifyError, notifySaved } from '@/lib/notify';

import {
  MAIL_STATUS_LABELS,
  useInvitations,
  useResendInvitation,
  useRevokeInvitation,
  type PendingInvitation,
} from '../api/invitations';
import { ROLE_LABELS } from '../api/users';

const MAIL_COLORS = { pending: 'blue', sent: 'green', failed: 'red' } as const;

function Actions({ invitation }: { invitation: PendingInvitation }) {
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const onResend = async () => {
    try {
      await resend.mutateAsync(invitation.user_id);
      notifySaved(`${invitation.email} に招待メールを再送しました。`);
    } catch (error) {
      notifyError(error, '再送できませんでした');
    }
  };
  const onRevoke = async () => {
    if (!window.confirm(`${invitation.name}（${invitation.email}）への招待を取り消しますか？`)) return;
    try {
      await revoke.mutateAsync(invitation.user_id);
      notifySaved('招待を取り消しました。');
    } catch (error) {
      notifyError(error, '取り消せませんでした');
    }
  };
  return (
    <Group gap={4} wrap="nowrap">
      <Button size="xs" variant="subtle" loading={resend.isPending} onClick={() => void onResend()}>
        再送
      </Button>
      <Button size="xs" variant="subtle" color="red" loading={revoke.isPending} onClick={() => void onRevoke()}>
        取り消し
      </Button>
    </Group>
  );
}

/** 招待中: invitations nobody has accepted yet, with their link's expiry and their mail's state. */
export function InvitationsSection() {
  const invitations = useInvitations();
  return (
    <section aria-label="招待中">
      <Title order={2} size="h4" mt="xl" mb="sm">
        招待中
      </Title>
      <QueryState query={invitations} isEmpty={(data) => data.length === 0} empty="招待中のユーザーはいません。">
        {(data) => (
          <DataTable striped withTableBorder fz="sm" label="招待中のユーザー">
            <Table.Thead>
              <Table.Tr>
                <Table.Th data-wrap="name">氏名</Table.Th>
                <Table.Th data-wrap="text">メールアドレス</Table.Th>
                <Table.Th>権限</Table.Th>
                <Table.Th data-priority="low">招待日時</Table.Th>
                <Table.Th>有効期限</Table.Th>
                <Table.Th>招待メール</Table.Th>
                <Table.Th aria-label="操作" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.map((invitation) => (
                <Table.Tr key={invitation.user_id}>
                  <Table.Td>{invitation.name}</Table.Td>
                  <Table.Td>{invitation.email}</Table.Td>
                  <Table.Td>{ROLE_LABELS[invitation.role]}</Table.Td>
                  <Table.Td>{formatDateTime(invitation.invited_at)}</Table.Td>
                  <Table.Td>
                    {invitation.expired ? (
                      <Badge color="gray">期限切れ</Badge>
                    ) : (
                      <Text span size="sm">
                        {formatDateTime(invitation.expires_at)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {invitation.mail_status ? (
                      <Badge color={MAIL_COLORS[invitation.mail_status]} variant="light">
                        {MAIL_STATUS_LABELS[invitation.mail_status]}
                      </Badge>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td data-action>
                    <Actions invitation={invitation} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        )}
      </QueryState>
    </section>
  );
}
