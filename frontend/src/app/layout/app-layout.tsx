import { AppShell, Burger, Group, Menu, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';

import { logOut } from '@/lib/auth';
import { refetchEverything } from '@/lib/query-client';
import { useMe } from '@/features/auth';
import { ForbiddenState } from '@/components/page-states';
import { tokenStore } from '@/lib/token-store';

import { NAV_GROUPS, isActive, mayOpen, refusedHere } from './nav';
import { SessionExpiredModal } from './session-expired-modal';

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

  // A screen the menu leaves out, opened by its address, says so once instead of failing in
  // every section under actions that would be refused.
  const refused = me.data ? refusedHere(pathname, me.data) : false;

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
                .filter((item) => me.data && mayOpen(item, me.data))
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
      <AppShell.Main>{refused ? <ForbiddenState /> : <Outlet />}</AppShell.Main>
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
