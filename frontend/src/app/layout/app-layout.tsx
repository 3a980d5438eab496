import { AppShell, Burger, Group, Menu, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';

import { logOut } from '@/lib/auth';
import { refetchEverything } from '@/lib/query-client';
import { useMe, type Scope } from '@/features/auth';
import { tokenStore } from '@/lib/token-store';

import { SessionExpiredModal } from './session-expired-modal';

type NavItem = { label: string; to: string; adminOnly?: boolean; scope?: Scope };

// The seed's menu order: お知らせ 現場一覧 就業履歴一覧 拠点・支店管理 下請事業者管理 データ管理 … マスタ設定 マイページ.
const NAV_GROUPS: { title: string; items: NavItem[] }[] = [
  {
    title: 'メニュー',
    items: [
      { label: 'お知らせ', to: '/' },
      { label: '現場一覧', to: '/sites' },
      { label: '就業履歴一覧', to: '/attendance' },
      { label: '就業履歴一括登録', to: '/attendance/bulk', scope: 'attendance:write' },
      { label: '拠点・支店管理', to: '/branches' },
      { label: '下請事業者管理', to: '/businesses' },
      { label: '技能者一覧', to: '/workers' },
      { label: 'データ管理(一括取込)', to: '/imports', scope: 'registry:write' },
    ],
  },
  {
    title: 'CCUS連携',
    items: [
      { label: 'CCUS連携結果', to: '/ccus/results' },
      { label: 'CCUSID有効確認', to: '/ccus/id-checks' },
      { label: '連携予約', to: '/ccus/reservations' },
    ],
  },
  {
    title: '管理',
    items: [
      { label: 'マスタ設定', to: '/masters' },
      { label: 'マイページ', to: '/me' },
      { label: 'ユーザー管理', to: '/admin/users', adminOnly: true },
      { label: 'APIキー管理', to: '/admin/api-keys', adminOnly: true },
    ],
  },
];

function isActive(pathname: string, to: string): boolean {
  if (to === '/') return pathname === '/';
  if (to === '/attendance') return pathname === '/attendance' || /^\/attendance\/(?!bulk)/.test(pathname);
  return pathname === to || pathname.startsWith(`${to}/`);
}

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();

  const [expired, setExpired] = useState(false);
  const toLogin = useCallback(() => {
    setExpired(false);
    queryClient.clear();
    void navigate({ to: '/login', search: { redirect: window.location.pathname + window.location.search } });
  }, [navigate, queryClient]);

  // Logging out leaves for ログイン; a refused token (expired, revoked) asks to log in again over
  // the page, so a form being filled in is not lost.
  useEffect(
    () =>
      tokenStore.subscribe((token, reason) => {
        if (token !== null) return;
        if (reason === 'expired') setExpired(true);
        else toLogin();
      }),
    [toLogin],
  );

  useEffect(close, [pathname, close]);

  const isAdmin = me.data?.role === 'admin';
  const scopes: readonly string[] = me.data?.scopes ?? [];

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="メニュー" />
            <Text fw={700} component={Link} to="/">
              genba 就業履歴管理
            </Text>
            {me.data ? (
              <Text size="sm" c="dimmed" visibleFrom="sm">
                {me.data.tenant.name}
              </Text>
            ) : null}
          </Group>
          <Menu position="bottom-end">
            <Menu.Target>
              <UnstyledButton aria-label="アカウント">
                <Text size="sm">{me.data?.name ?? ''} ▾</Text>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item component={Link} to="/me">
                アカウント設定
              </Menu.Item>
              <Menu.Item color="red" onClick={() => logOut()}>
                ログアウト
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="メインメニュー">
        <ScrollArea>
          {NAV_GROUPS.map((group) => (
            <div key={group.title}>
              <Text size="xs" c="dimmed" fw={700} px="sm" mt="sm" mb={4}>
                {group.title}
              </Text>
              {group.items
                .filter((item) => (!item.adminOnly || isAdmin) && (!item.scope || scopes.includes(item.scope)))
                .map((item) => (
                  <NavLink
                    key={item.to}
                    component={Link}
                    to={item.to}
                    // Which item is current is decided by isActive alone (the router would also
                    // mark 就業履歴一覧 current on 就業履歴一括登録's path).
                    activeOptions={{ exact: true, includeSearch: false }}
                    label={item.label}
                    active={isActive(pathname, item.to)}
                  />
                ))}
            </div>
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      <SessionExpiredModal
        opened={expired}
        email={me.data?.email ?? ''}
        onLoggedIn={() => {
          setExpired(false);
          void refetchEverything(queryClient);
        }}
        onLeave={toLogin}
      />
    </AppShell>
  );
}
