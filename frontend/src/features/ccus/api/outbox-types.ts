import type { components } from '@/api/schema';

// Issue 15's outbox vocabulary (ISSUE15.md "Contract"): one state per record, genba's hold code
// apart from CCUS's error code.

export type OutboxStatus = components['schemas']['OutboxStatus'];
export type OutboxEntry = components['schemas']['OutboxEntry'];
export type KindCounts = components['schemas']['KindCounts'];
export type OutboxFilter = components['schemas']['OutboxFilter'];

/** The code that explains a row: genba's hold code, else CCUS's. */
export const entryCode = (entry: Pick<OutboxEntry, 'hold_code' | 'error_code'>) =>
  entry.hold_code ?? entry.error_code ?? null;
export const entryMessage = (entry: Pick<OutboxEntry, 'hold_message' | 'error_message'>) =>
  entry.hold_message ?? entry.error_message ?? null;
