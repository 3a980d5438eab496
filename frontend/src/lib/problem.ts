import type { components } from '@/api/schema';

import { messageForCode, messageForFieldError } from './messages';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'code' in body && 'status' in body;
}

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem, cause?: unknown) {
    super(problem.detail, { cause });
    this.name = 'ApiError';
    this.problem = problem;
  }

  static fromBody(status: number, body: unknown): ApiError {
    if (isProblem(body)) return new ApiError(body);
    return new ApiError({
      type: `urn:genba:problem:http.${status}`,
      title: 'HTTP error',
      status,
      detail: typeof body === 'string' ? body : `HTTP ${status}`,
      code: `http.${status}`,
      errors: [],
    });
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  /** The Japanese sentence staff see for this failure. */
  get message_ja(): string {
    return messageForCode(this.problem.code, this.problem.status);
  }
}

/** A Japanese message for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message_ja;
  return messageForCode('client.unexpected', 0);
}

/** Field errors keyed by a dotted path inside the request body, e.g. "phones.1". */
export function fieldErrorsByPath(problem: Problem): Map<string, string> {
  const result = new Map<string, string>();
  for (const error of problem.errors ?? []) {
    const [where, ...rest] = error.loc;
    if (where !== 'body' && where !== 'query') continue;
    const path = rest.map(String).join('.');
    if (!result.has(path)) result.set(path, messageForFieldError(error.code, error.message));
  }
  return result;
}
