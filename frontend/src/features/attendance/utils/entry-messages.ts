import { ApiError } from '@/lib/problem';

/**
 * The refusals of the entry forms in Japanese, with what to do next. The same code reads
 * differently on an entry and on an exit (an exit that has not happened yet is left open).
 */
const BY_FIELD: Record<string, Record<string, string>> = {
  'work_day.in_future': {
    entry: '入場が未来の時刻です。現在時刻までの時刻を入力してください。',
    exit: '退場が未来の時刻です。まだ現場にいる場合は退場を空欄にし、退場後に入力してください。',
    date: '未来の日付は登録できません。',
  },
  'work_day.exit_required': {
    exit: '終わった日の退場時刻を入力してください。退場を空欄にできるのは当日だけです。',
  },
  'bulk.date_required': { date: '入場日を入力してください。' },
  'bulk.duplicate_row': { worker: '同じ技能者の同じ日が別の行にあります。' },
  'bulk.date_order': { date: '最終日は入場日以降にしてください。' },
  'bulk.range_too_long': { date: '期間は31日以内にしてください。' },
};

function kind(field: string): string {
  if (field.startsWith('entry')) return 'entry';
  if (field.startsWith('exit')) return 'exit';
  if (field.startsWith('worker')) return 'worker';
  return 'date';
}

export function entryMessage(code: string, field: string): string {
  const messages = BY_FIELD[code];
  return messages?.[kind(field)] ?? Object.values(messages ?? {})[0] ?? '';
}

/** The field errors these forms word themselves, by their path after "body" (e.g. "rows.1.exit_time"). */
export function entryOverrides(error: unknown): [string, string][] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? []).flatMap((fieldError) => {
    const [where, ...path] = fieldError.loc;
    const message = entryMessage(fieldError.code, String(path.at(-1) ?? ''));
    return message && where === 'body' ? [[path.map(String).join('.'), message] as [string, string]] : [];
  });
}
