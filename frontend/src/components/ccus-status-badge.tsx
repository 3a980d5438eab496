import { Badge, Tooltip } from '@mantine/core';

// The API's CCUS states of a record (registry entities and work days) in the seed's words.
const LABELS: Record<string, { label: string; color: string }> = {
  unchecked: { label: '未確認', color: 'gray' },
  not_linked: { label: 'CCUS ID なし', color: 'gray' },
  pending: { label: '送信待ち', color: 'blue' },
  queued: { label: '送信待ち', color: 'blue' },
  held: { label: '保留', color: 'yellow' },
  rejected: { label: '失敗', color: 'red' },
  not_applicable: { label: '送信対象外', color: 'gray' },
  sending: { label: '送信中', color: 'blue' },
  sent: { label: '送信済み', color: 'cyan' },
  awaiting_result: { label: '送信済・結果待ち', color: 'cyan' },
  synced: { label: '連携済み', color: 'green' },
  succeeded: { label: '○ 成功', color: 'green' },
  valid: { label: '有効', color: 'green' },
  ok: { label: '成功', color: 'green' },
  failed: { label: '失敗', color: 'red' },
  invalid: { label: '無効', color: 'red' },
  cancelled: { label: '取消', color: 'gray' },
};

export function CcusStatusBadge({
  status,
  errorCode,
  errorMessage,
}: {
  status: string | null | undefined;
  errorCode?: string | null;
  errorMessage?: string | null;
}) {
  if (!status) return null;
  const known = LABELS[status] ?? { label: status, color: 'gray' };
  const badge = (
    <Badge color={known.color} variant="light">
      {known.label}
      {errorCode ? ` ${errorCode}` : ''}
    </Badge>
  );
  return errorMessage ? (
    <Tooltip label={errorMessage} multiline w={320}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
