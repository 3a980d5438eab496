import type { DayState } from './api/work-days';
import type { CCUS_STATES } from './search';

export const DAY_STATE_LABELS: Record<DayState, string> = {
  complete: '入退場済み',
  open: '退場なし',
  exit_only: '入場なし',
};

export const SOURCE_LABELS: Record<string, string> = {
  terminal: '端末',
  staff: '手入力',
};

/** The 就業履歴一覧 filter: the states of the calendar's legend, in the same words. */
export const CCUS_STATE_OPTIONS: { value: (typeof CCUS_STATES)[number]; label: string }[] = [
  { value: 'pending', label: '送信待ち' },
  { value: 'awaiting_result', label: '送信済・結果待ち' },
  { value: 'held', label: '保留' },
  { value: 'succeeded', label: '連携済み' },
  { value: 'rejected', label: '失敗' },
  { value: 'cancelled', label: '連携キャンセル' },
  { value: 'not_applicable', label: '送信対象外' },
];

export const DAY_STATE_OPTIONS: { value: DayState; label: string }[] = [
  { value: 'complete', label: DAY_STATE_LABELS.complete },
  { value: 'open', label: DAY_STATE_LABELS.open },
  { value: 'exit_only', label: DAY_STATE_LABELS.exit_only },
];

/**
 * How the monthly calendar marks a day's CCUS state (ISSUE15's one vocabulary): a symbol and a
 * colour, never colour alone. Legend and cells read this one table, so they cannot disagree.
 */
export const CALENDAR_MARKS: Record<string, { symbol: string; label: string; color: string }> = {
  succeeded: { symbol: '○', label: '連携済み(CCUSで受付)', color: 'green' },
  pending: { symbol: '…', label: '送信待ち', color: 'blue' },
  awaiting_result: { symbol: '…', label: '送信済・結果待ち', color: 'cyan' },
  held: { symbol: '保留', label: '保留(送信前に必要な情報の登録待ち)', color: 'yellow' },
  rejected: { symbol: '✕', label: 'CCUSで受付不可', color: 'red' },
  not_applicable: { symbol: '－', label: 'CCUS ID なし(送信対象外)', color: 'gray' },
};

// The states work days had before ISSUE15's vocabulary, while an older API answers.
const OLD_STATES: Record<string, string> = { synced: 'succeeded', failed: 'rejected', not_linked: 'not_applicable' };

/** A day's state: the API's `ccus_state`, else its older `ccus_status` in the new words. */
export function dayCcusState(day: { ccus_status?: string; ccus_state?: string | null }): string {
  if (day.ccus_state) return day.ccus_state === 'sending' ? 'pending' : day.ccus_state;
  const status = day.ccus_status ?? '';
  return OLD_STATES[status] ?? status;
}

export function calendarMark(state: string) {
  return CALENDAR_MARKS[state] ?? { symbol: '?', label: state, color: 'gray' };
}
