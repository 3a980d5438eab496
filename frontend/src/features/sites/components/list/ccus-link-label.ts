import type { Site } from '../../api/sites';

const OPERATIONS = { update: '「更新」', check: '「確認」' } as const;

/**
 * 現場一覧's CCUS連携 in the seed's words: which answer CCUS gave last (a sent change 「更新」 or an
 * ID check 「確認」) and its result; before any answer, whether the site is linked at all.
 */
export function ccusLinkLabel(site: Pick<Site, 'ccus_status' | 'ccus_operation'>): { label: string; color: string } {
  if (site.ccus_status === 'not_linked') return { label: '未連携', color: 'gray' };
  if (site.ccus_status === 'pending') return { label: '送信待ち', color: 'blue' };
  // Answers recorded before the operation was kept say only their result.
  const operation = site.ccus_operation ? OPERATIONS[site.ccus_operation] : '';
  return site.ccus_status === 'synced'
    ? { label: `${operation}成功`, color: 'green' }
    : { label: `${operation}失敗`, color: 'red' };
}
