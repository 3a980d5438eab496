import { Anchor, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';

import { useMe } from '../api/me';

import { EmailChangeForm } from './email-change-form';
import { PasswordForm } from './password-form';
import { SessionsCard } from './sessions-card';

const ROLE_LABELS: Record<string, string> = { admin: '管理者', staff: '担当者', viewer: '閲覧者' };

// The seed's マイページ groups its links; these are the ones this product covers.
const LINKS: { title: string; items: { to: string; label: string; description: string }[] }[] = [
  {
    title: 'CCUS連携',
    items: [
      {
        to: '/ccus/results',
        label: 'CCUS連携結果',
        description: 'CCUS連携結果の内訳と連携エラーの詳細情報を確認します。',
      },
      { to: '/ccus/id-checks', label: 'CCUSID有効確認', description: '各種CCUSIDが有効であるかを確認します。' },
      { to: '/ccus/reservations', label: '連携予約', description: '送信予定の連携を確認し、取り消します。' },
    ],
  },
  {
    title: '事業者情報',
    items: [
      {
        to: '/workers',
        label: '技能者一覧',
        description: '所属する技能者の一覧表示、および追加、編集、削除を行います。',
      },
      {
        to: '/branches',
        label: '拠点・支店管理',
        description: '拠点・支店の一覧表示、および追加、編集、削除を行います。',
      },
    ],
  },
];

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
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {LINKS.map((group) => (
            <Card withBorder key={group.title}>
              <Title order={3} size="h5" mb="sm">
                {group.title}
              </Title>
              <Stack gap="sm">
                {group.items.map((item) => (
                  <div key={item.to}>
                    <Anchor component={Link} to={item.to} fw={600}>
                      {item.label}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {item.description}
                    </Text>
                  </div>
                ))}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
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
