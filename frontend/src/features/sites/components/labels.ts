import type { Consent } from '../api/structure';
import type { StructureMode } from '../api/sites';

export const STRUCTURE_MODE_LABELS: Record<StructureMode, string> = {
  ccus: 'CCUSで登録する',
  send: 'genbaからCCUSへ送信する',
};

export const CONSENT_LABELS: Record<Consent, string> = {
  unanswered: '未回答',
  agreed: '同意',
  refused: '拒否',
};

export const CONSENT_COLORS: Record<Consent, string> = {
  unanswered: 'gray',
  agreed: 'green',
  refused: 'red',
};

export const TIERS = [1, 2, 3, 4, 5] as const;

export const tierLabel = (tier: number) => `${tier}次`;

export const usageLabel = (on: boolean) => (on ? '利用' : 'なし');
