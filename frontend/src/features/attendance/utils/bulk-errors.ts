import { ApiError, errorMessage, fieldErrorsByPath } from '@/lib/problem';

import { entryOverrides } from './entry-messages';

/**
 * A refused save, split for the preview: each line's messages by its index ("rows.3.entry_time"
 * is line 3) and the rest for the form's top.
 */
export function previewErrors(error: unknown): { lines: Map<number, string[]>; other: string } {
  const lines = new Map<number, string[]>();
  if (!(error instanceof ApiError)) return { lines, other: errorMessage(error) };
  const messages = fieldErrorsByPath(error.problem);
  for (const [path, message] of entryOverrides(error)) messages.set(path, message);
  const unplaced: string[] = [];
  for (const [path, message] of messages) {
    const [root, index] = path.split('.');
    if (root === 'rows' && index !== undefined && /^\d+$/.test(index)) {
      const line = Number(index);
      lines.set(line, [...(lines.get(line) ?? []), message]);
    } else {
      unplaced.push(message);
    }
  }
  return { lines, other: [error.message_ja, ...unplaced].join(' ') };
}
