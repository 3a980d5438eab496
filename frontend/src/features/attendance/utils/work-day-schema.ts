import { z } from 'zod';

import { isoToJapanLocal, japanLocalToIso } from '@/lib/format';

import { entryMessage } from './entry-messages';

/** A datetime-local value (Japan time) or empty. */
export const localDateTime = z.union([
  z.literal(''),
  z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, '日時を「年/月/日 時:分」で入力してください。'),
]);

export type TimeValues = { entry_at: string; exit_at: string };

export function nowInJapanLocal(): string {
  return isoToJapanLocal(new Date().toISOString());
}

/**
 * The API's rules for a day's times, checked before sending: one of them at least, the exit after
 * the entry (a night shift's exit is simply on the next date), nothing in the future.
 */
export function checkTimes(values: TimeValues, ctx: z.RefinementCtx): void {
  if (!values.entry_at && !values.exit_at) {
    ctx.addIssue({ code: 'custom', path: ['entry_at'], message: '入場日時または退場日時を入力してください。' });
    return;
  }
  if (values.entry_at && values.exit_at && values.exit_at < values.entry_at) {
    ctx.addIssue({ code: 'custom', path: ['exit_at'], message: '退場日時は入場日時より後にしてください。' });
  }
  const now = nowInJapanLocal();
  for (const name of ['entry_at', 'exit_at'] as const) {
    if (values[name] && values[name] > now) {
      ctx.addIssue({ code: 'custom', path: [name], message: entryMessage('work_day.in_future', name) });
    }
  }
}

export function toIsoOrNull(local: string): string | null {
  return local ? japanLocalToIso(local) : null;
}

export const NIGHT_SHIFT_HINT = '夜勤などで退場が翌日になる場合は、翌日の日付で入力してください。';
