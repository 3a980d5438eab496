import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

import { ApiError, errorMessage, fieldErrorsByPath } from './problem';

/** The same failure with a body field renamed, for forms whose field differs from the API's. */
export function renamedField(error: unknown, apiField: string, formField: string): unknown {
  if (!(error instanceof ApiError)) return error;
  const errors = (error.problem.errors ?? []).map((fieldError) =>
    fieldError.loc[0] === 'body' && fieldError.loc[1] === apiField
      ? { ...fieldError, loc: ['body', formField, ...fieldError.loc.slice(2)] }
      : fieldError,
  );
  return new ApiError({ ...error.problem, errors });
}

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
