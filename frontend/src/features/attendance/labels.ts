import type { CcusStatus, DayState } from './api/work-days';

export const DAY_STATE_LABELS: Record<DayState, string> = {
  complete: '入退場済み',
  open: '退場なし',
  exit_only: '入場なし',
};

export const SOURCE_LABELS: Record<string, string> = {
  terminal: '端末',
  staff: '手入力',
};

export const CCUS_STATUS_OPTIONS: { value: CcusStatus; label: string }[] = [
  { value: 'pending', label: '送信待ち' },
  { value: 'synced', label: '連携済み' },
  { value: 'failed', label: '失敗' },
  { value: 'not_linked', label: 'CCUS ID なし' },
];

export const DAY_STATE_OPTIONS: { value: DayState; label: string }[] = [
  { value: 'complete', label: DAY_STATE_LABELS.complete },
  { value: 'open', label: DAY_STATE_LABELS.open },
  { value: 'exit_only', label: DAY_STATE_LABELS.exit_only },
];

/** How the monthly calendar marks a day's CCUS state: a symbol and a colour, never colour alone. */
export const CALENDAR_MARKS: Record<string, { symbol: string; label: string; color: string }> = {
  synced: { symbol: '○', label: '連携済み(CCUS有効)', color: 'green' },
  pending: { symbol: '…', label: '送信待ち', color: 'blue' },
  failed: { symbol: '✕', label: '送信失敗', color: 'red' },
  not_linked: { symbol: '－', label: 'CCUS ID なし(送信対象外)', color: 'gray' },
};

export function calendarMark(status: string) {
  return CALENDAR_MARKS[status] ?? { symbol: '?', label: status, color: 'gray' };
}
