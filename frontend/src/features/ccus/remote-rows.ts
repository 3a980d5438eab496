import type { components } from '@/api/schema';

import type { IdCheckTable } from './labels';
import { displayValue, FIELD_SPECS, OTHER_LABELS, type LocalEntity } from './remote-fields';

type RemoteEntity = components['schemas']['RemoteEntity'];

export type DiffRow = {
  key: string;
  label: string;
  ours: string;
  ccus: string;
  differs: boolean;
  /** Whether genba holds this field at all; CCUS's other data is shown for reference. */
  compared: boolean;
  patch: Record<string, string | null> | null;
};

/** 項目 / genba / CCUS for each field, the API's differences first in authority. */
export function diffRows(table: IdCheckTable, remote: RemoteEntity, local: LocalEntity | undefined): DiffRow[] {
  const differences = new Map(remote.differences.map((difference) => [difference.field, difference]));
  const rows: DiffRow[] = [];
  const seen = new Set<string>();

  for (const spec of FIELD_SPECS[table]) {
    const difference = differences.get(spec.key);
    if (!difference && !(spec.key in remote.data)) continue;
    seen.add(spec.key);
    const ccus = difference ? difference.ccus : remote.data[spec.key];
    const ours = local ? spec.ours(local) : (difference?.ours ?? null);
    const differs = Boolean(difference) || (local !== undefined && displayValue(ours) !== displayValue(ccus));
    rows.push({
      key: spec.key,
      label: spec.label,
      ours: displayValue(ours),
      ccus: displayValue(ccus),
      differs,
      compared: true,
      patch: differs ? spec.patch(ccus) : null,
    });
  }
  for (const [key, difference] of differences) {
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({
      key,
      label: OTHER_LABELS[key] ?? key,
      ours: displayValue(difference.ours),
      ccus: displayValue(difference.ccus),
      differs: true,
      compared: true,
      patch: null,
    });
  }
  for (const [key, value] of Object.entries(remote.data)) {
    if (seen.has(key)) continue;
    rows.push({
      key,
      label: OTHER_LABELS[key] ?? key,
      ours: '',
      ccus: displayValue(value),
      differs: false,
      compared: false,
      patch: null,
    });
  }
  return rows;
}
