import type { components } from '@/api/schema';
import { ApiError } from '@/lib/problem';
import { tokenStore } from '@/lib/token-store';

// Issue 15's outbox vocabulary (ISSUE15.md "Contract"), and `call` for an endpoint the generated
// client does not know yet (a site's CCUS registration).

export type OutboxStatus = components['schemas']['OutboxStatus'];
export type OutboxEntry = components['schemas']['OutboxEntry'];
export type KindCounts = components['schemas']['KindCounts'];
export type OutboxFilter = components['schemas']['OutboxFilter'];

/** The code that explains a row: genba's hold code, else CCUS's. */
export const entryCode = (entry: Pick<OutboxEntry, 'hold_code' | 'error_code'>) =>
  entry.hold_code ?? entry.error_code ?? null;
export const entryMessage = (entry: Pick<OutboxEntry, 'hold_message' | 'error_message'>) =>
  entry.hold_message ?? entry.error_message ?? null;

/** A JSON call to an endpoint the generated client does not know yet; problem+json → ApiError. */
export async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = tokenStore.get();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await globalThis.fetch(`${globalThis.location.origin}/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw ApiError.fromBody(response.status, data);
  return data as T;
}
