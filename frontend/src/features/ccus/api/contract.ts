import type { components } from '@/api/schema';
import { ApiError } from '@/lib/problem';
import { tokenStore } from '@/lib/token-store';

// Issue 15's API names (ISSUE15.md "Contract") while the backend branches land: the generated
// schema is widened by the fields it does not have yet, and the new endpoints go through `call`.
// Once `npm run generate` knows them, these collapse into the generated types and `api` calls.

type Label = components['schemas']['Label'];

export type OutboxStatus =
  'pending' | 'sending' | 'awaiting_result' | 'held' | 'succeeded' | 'rejected' | 'cancelled' | 'not_applicable';

export type OutboxEntry = Omit<components['schemas']['OutboxEntry'], 'status'> & {
  status: OutboxStatus | 'failed';
  hold_code?: string | null;
  hold_message?: string | null;
  branch?: Label | null;
};

export type KindCounts = components['schemas']['KindCounts'] & { held?: number };

export type OutboxFilter = {
  site_id?: string;
  business_id?: string;
  worker_id?: string;
  branch_id?: string;
  code?: string;
  date_from?: string;
  date_to?: string;
  kind?: string;
};

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
