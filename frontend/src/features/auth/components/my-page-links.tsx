import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';

import { useOwnCompany } from '@/features/businesses';

type Item = { to: string; label: string; description: string };

// The seed's マイページ groups its links; these are the ones this product covers.
const CCUS: Item[] = [
  { to: '/ccus/results', label: 'CCUS連携結果', description: 'CCUS連携結果の内訳と連携エラーの詳細情報を確認します。' },
  { to: '/ccus/id-checks', label: 'CCUSID有効確認', description: '各種CCUSIDが有効であるかを確認します。' },
  { to: '/ccus/reservations', label: '連携予約', description: '送信予定の連携を確認し、取り消します。' },
];

function companyItems(ownCompanyId: string | null): Item[] {
  const own = ownCompanyId ? `/businesses/${ownCompanyId}` : null;
  return [
    ...(own
      ? [
          { to: own, label: '事業者情報閲覧', description: '事業者情報を閲覧します。' },
          {
            to: `${own}/permits`,
            label: '建設業許可番号設定',
            description: '建設業許可番号情報の一覧表示、および追加、編集、削除を行います。',
          },
        ]
      : []),
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
    { to: '/masters', label: 'マスタ設定', description: '職種などのマスタを確認し、自社の職種を追加・編集します。' },
  ];
}

function LinkGroup({ title, items, note }: { title: string; items: Item[]; note?: string }) {
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">
        {items.map((item) => (
          <div key={item.to}>
            <Anchor component={Link} to={item.to} fw={600}>
              {item.label}
            </Anchor>
            <Text size="sm" c="dimmed">
              {item.description}
            </Text>
          </div>
        ))}
        {note ? (
          <Text size="sm" c="dimmed">
            {note}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/** 事業者情報 (the tenant's own company: 事業者情報閲覧, 建設業許可番号設定 …) and CCUS連携. */
export function MyPageLinks() {
  const own = useOwnCompany();
  const missing = own.isSuccess && own.data === null;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <LinkGroup
        title="事業者情報"
        items={companyItems(own.data?.id ?? null)}
        note={
          missing
            ? '自社（元請）の事業者が登録されていないため、事業者情報閲覧と建設業許可番号設定は表示されません。'
            : undefined
        }
      />
      <LinkGroup title="CCUS連携" items={CCUS} />
    </SimpleGrid>
  );
}
