import { messageForFieldError } from '@/lib/messages';

import type { ImportJob, ImportKind, ImportMode } from '../api/imports';

export const KIND_LABELS: Record<ImportKind, string> = { businesses: '事業者', workers: '技能者' };

export const MODE_LABELS: Record<ImportMode, string> = {
  all_or_nothing: 'すべて取込(エラーが1件でもあれば取り込まない)',
  valid_rows_only: '正しい行のみ取込(エラーの行は飛ばす)',
};

export const MODE_SHORT: Record<ImportMode, string> = {
  all_or_nothing: 'すべて取込',
  valid_rows_only: '正しい行のみ',
};

/** The state of a job as staff read it; a finished job with skipped rows is not a plain 完了. */
export function statusLabel(job: Pick<ImportJob, 'status' | 'row_errors'>): { label: string; color: string } {
  switch (job.status) {
    case 'queued':
      return { label: '待機中', color: 'gray' };
    case 'running':
      return { label: '取込中', color: 'blue' };
    case 'failed':
      return { label: '失敗', color: 'red' };
    case 'succeeded':
      return job.row_errors.length > 0
        ? { label: '完了(エラー行あり)', color: 'yellow' }
        : { label: '完了', color: 'green' };
  }
}

// Why a whole import stopped (ImportJob.error_code); the API's English detail is not shown.
const JOB_MESSAGES: Record<string, string> = {
  'import.rows_invalid':
    'エラーのある行があるため、1件も取り込みませんでした。下のエラーを修正して、もう一度取り込んでください。',
  'import.conflict':
    '確認中に同じコード・電話番号・CCUS IDが別の操作で登録されたため、取り込みませんでした。もう一度取り込んでください。',
  'import.missing_columns': '必須の列がありません。テンプレートをダウンロードして、その列のまま入力してください。',
  'import.no_rows': '見出し行だけで、データの行がありません。',
  'import.empty_file': 'ファイルが空です。',
  'import.too_many_rows': '行数が多すぎます。ファイルを分けて取り込んでください。',
  'import.too_many_columns': '列が多すぎます。テンプレートにない列を削除してください。',
  'import.unpacked_too_large': 'ファイルの中身が大きすぎます。ファイルを分けて取り込んでください。',
  'import.unreadable_encoding': '文字コードを読み取れませんでした。CSVはUTF-8またはShift_JISで保存してください。',
  'import.file_missing': '取込ファイルが見つかりません。もう一度アップロードしてください。',
  'import.user_inactive': 'アップロードしたユーザーが無効になっているため、取り込めませんでした。',
};

export function jobErrorMessage(code: string): string {
  return JOB_MESSAGES[code] ?? messageForFieldError(code, code);
}

/** How many rows have at least one error (a row may fail on several columns). */
export const errorRowCount = (job: Pick<ImportJob, 'row_errors'>) => new Set(job.row_errors.map((e) => e.row)).size;
