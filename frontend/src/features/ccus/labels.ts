import type { components } from '@/api/schema';

export type OutboxKind = components['schemas']['OutboxKind'];
export type IdCheckTable = 'sites' | 'businesses' | 'workers';

// The column order of the seed's CCUS連携結果一覧, with 施工体制 after the entity kinds.
export const KIND_ORDER: readonly OutboxKind[] = ['work_day', 'site', 'business', 'worker', 'structure'];

export const KIND_LABELS: Record<OutboxKind, string> = {
  work_day: '就業履歴',
  site: '現場情報',
  business: '事業者情報',
  worker: '技能者情報',
  structure: '施工体制',
};

export const ID_CHECK_TABLES: readonly IdCheckTable[] = ['sites', 'businesses', 'workers'];

export const TABLE_LABELS: Record<IdCheckTable, { entity: string; list: string; ccusId: string; listPath: string }> = {
  sites: { entity: '現場', list: '現場一覧', ccusId: 'CCUS現場ID', listPath: '/sites' },
  businesses: { entity: '事業者', list: '事業者一覧', ccusId: 'CCUS事業者ID', listPath: '/businesses' },
  workers: { entity: '技能者', list: '技能者一覧', ccusId: 'CCUS技能者ID', listPath: '/workers' },
};

export function isIdCheckTable(value: string): value is IdCheckTable {
  return (ID_CHECK_TABLES as readonly string[]).includes(value);
}
