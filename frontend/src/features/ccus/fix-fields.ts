import type { OutboxEntry } from './api/outbox-types';
import { entryCode } from './api/outbox-types';

export type FixEntity = 'worker' | 'business' | 'site';

/** Where a code is fixed: the record the code names and the form field that holds the cause. */
export type FixField = { entity: FixEntity; field: string | null; label: string };

// The one code → field map (the error catalogue's advice, ccus_sandbox's codes, genba's holds).
// `field: null`: the cause lies in CCUS itself (標準APIの利用); the page offers a re-check instead.
const BY_CODE: Record<string, { entity: FixEntity; field: string | null } | { own: string }> = {
  DATK0408E: { entity: 'worker', field: 'ccus_worker_id' },
  GENB0003E: { entity: 'worker', field: 'ccus_worker_id' },
  DATK0402E: { entity: 'business', field: 'ccus_business_id' },
  GENB0002E: { entity: 'business', field: 'ccus_business_id' },
  DATK0401E: { entity: 'site', field: 'ccus_site_id' },
  DATK0409E: { entity: 'site', field: 'ccus_site_id' },
  GENB0001E: { entity: 'site', field: 'ccus_site_id' },
  DATK0411E: { entity: 'site', field: null },
  // A wrong 本人確認番号 belongs to the record that was sent (a business or a worker).
  DATF0001E: { own: 'verification_number' },
};

const FIELD_LABELS: Record<string, string> = {
  ccus_worker_id: 'CCUS技能者ID',
  ccus_business_id: 'CCUS事業者ID',
  ccus_site_id: 'CCUS現場ID',
  verification_number: '本人確認番号',
};

/** The record and field to fix for a rejected or held outbox row, or null when the code names none. */
export function fixFieldFor(entry: Pick<OutboxEntry, 'kind' | 'hold_code' | 'error_code'>): FixField | null {
  const code = entryCode(entry);
  const rule = code ? BY_CODE[code] : undefined;
  if (!rule) return null;
  if ('own' in rule) {
    if (entry.kind !== 'worker' && entry.kind !== 'business') return null;
    return { entity: entry.kind, field: rule.own, label: FIELD_LABELS[rule.own] ?? rule.own };
  }
  return { ...rule, label: rule.field ? (FIELD_LABELS[rule.field] ?? rule.field) : '標準APIの利用(CCUS側)' };
}
