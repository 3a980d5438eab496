import type { EventType, WebhookDelivery } from './api/webhooks';

export const EVENT_LABELS: Record<EventType, string> = {
  'work_day.created': '就業履歴の登録',
  'work_day.changed': '就業履歴の変更',
  'work_day.deleted': '就業履歴の削除',
  'ccus_record.accepted': 'CCUS連携 成功',
  'ccus_record.rejected': 'CCUS連携 エラー',
  'id_check.failed': 'CCUSID確認エラー',
  'import.finished': '一括取込の完了',
  'structure.changed': '施工体制の変更',
  'webhook.test': 'テスト送信',
};

export const SUBSCRIBABLE = (Object.keys(EVENT_LABELS) as EventType[]).filter((type) => type !== 'webhook.test');

export const DELIVERY_LABELS: Record<WebhookDelivery['status'], string> = {
  pending: '再送待ち',
  succeeded: '成功',
  failed: '失敗',
};
