import { Badge, Table, Text, Title } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { QueryState } from '@/components/page-states';
import { formatDateTime } from '@/lib/format';

import { MAIL_STATUS_LABELS, useInvitations } from '../../api/invitations';
import { ROLE_LABELS } from '../../api/users';

import { InvitationActions } from './invitation-actions';

const MAIL_COLORS = { pending: 'blue', sent: 'green', failed: 'red' } as const;

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
                    <InvitationActions invitation={invitation} />
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
