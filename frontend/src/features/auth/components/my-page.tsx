import { Card, Stack, Table, Title } from '@mantine/core';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';

import { useMe } from '../api/me';

import { EmailChangeForm } from './email-change-form';
import { MyPageLinks } from './my-page-links';
import { PasswordForm } from './password-form';
import { SessionsCard } from './sessions-card';

const ROLE_LABELS: Record<string, string> = { admin: '管理者', staff: '担当者', viewer: '閲覧者' };

export function MyPage() {
  const me = useMe();
  return (
    <>
      <PageHeader title="マイページ" />
      <Stack gap="xl">
        <QueryState query={me}>
          {(user) => (
            <Card withBorder>
              <Title order={3} size="h5" mb="sm">
                アカウント
              </Title>
              <Table variant="vertical" withTableBorder fz="sm" maw={560}>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={160}>氏名</Table.Th>
                    <Table.Td>{user.name}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>メールアドレス</Table.Th>
                    <Table.Td>{user.email}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>権限</Table.Th>
                    <Table.Td>{ROLE_LABELS[user.role] ?? user.role}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>会社</Table.Th>
                    <Table.Td>{user.tenant.name}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>担当拠点・支店</Table.Th>
                    <Table.Td>{user.branch_ids.length === 0 ? 'すべて' : `${user.branch_ids.length} 拠点`}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Card>
          )}
        </QueryState>
        <MyPageLinks />
        <Card withBorder>
          <Title order={3} size="h5" mb="sm">
            パスワード変更
          </Title>
          <PasswordForm />
        </Card>
        <Card withBorder>
          <Title order={3} size="h5" mb="sm">
            メールアドレス変更
          </Title>
          <EmailChangeForm />
        </Card>
        <SessionsCard />
      </Stack>
    </>
  );
}
