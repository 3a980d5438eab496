import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

import { ApiError, errorMessage, fieldErrorsByPath } from './problem';

/**
 * Puts a failed save's field errors next to their fields and returns the message for the form's
 * top. The values stay in the form, so nothing typed is lost.
 */
export function applyProblemToForm<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  knownFields: readonly string[],
): string {
  if (!(error instanceof ApiError)) return errorMessage(error);
  const unplaced: string[] = [];
  for (const [path, message] of fieldErrorsByPath(error.problem)) {
    const root = path.split('.')[0] ?? '';
    if (path && knownFields.includes(root)) {
      setError(path as Path<T>, { type: 'server', message });
    } else {
      unplaced.push(message);
    }
  }
  return [error.message_ja, ...unplaced].join(' ');
}
