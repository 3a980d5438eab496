import type { Me, Scope } from '@/features/auth';

export type NavItem = { label: string; to: string; adminOnly?: boolean; scope?: Scope };

// The seed's menu order: お知らせ 現場一覧 就業履歴一覧 拠点・支店管理 下請事業者管理 データ管理 … マスタ設定 マイページ.
export const NAV_GROUPS: { title: string; items: NavItem[] }[] = [
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

export function isActive(pathname: string, to: string): boolean {
  if (to === '/') return pathname === '/';
  if (to === '/attendance') return pathname === '/attendance' || /^\/attendance\/(?!bulk)/.test(pathname);
  return pathname === to || pathname.startsWith(`${to}/`);
}

/** Whether the signed-in user's role opens the menu item's screen. */
export function mayOpen(item: NavItem, me: Pick<Me, 'role' | 'scopes'>): boolean {
  const scopes: readonly string[] = me.scopes;
  return (!item.adminOnly || me.role === 'admin') && (!item.scope || scopes.includes(item.scope));
}

// Forms no menu item names, opened only from a button a role without the scope is not shown.
const WRITE_SCREENS: [RegExp, Scope][] = [
  [/^\/attendance\/new$/, 'attendance:write'],
  [/^\/(sites|businesses|workers)\/(new|[^/]+\/edit)$/, 'registry:write'],
];

/** Whether the current screen is one the user's role does not open (a menu item's or a form's). */
export function refusedHere(pathname: string, me: Pick<Me, 'role' | 'scopes'>): boolean {
  const scopes: readonly string[] = me.scopes;
  return (
    NAV_GROUPS.some((group) => group.items.some((item) => isActive(pathname, item.to) && !mayOpen(item, me))) ||
    WRITE_SCREENS.some(([path, scope]) => path.test(pathname) && !scopes.includes(scope))
  );
}
