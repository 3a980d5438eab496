import type { components } from '@/api/schema';

import type { IdCheckTable } from './labels';

type Site = components['schemas']['Site'];
type Business = components['schemas']['Business'];
type Worker = components['schemas']['Worker'];
export type SiteUpdate = components['schemas']['SiteUpdate'];
export type BusinessUpdate = components['schemas']['BusinessUpdate'];
export type WorkerUpdate = components['schemas']['WorkerUpdate'];

export type LocalEntity =
  { table: 'sites'; record: Site } | { table: 'businesses'; record: Business } | { table: 'workers'; record: Worker };

export type FieldSpec = {
  key: string;
  label: string;
  ours: (entity: LocalEntity) => string | null;
  /** The update body that takes CCUS's value; null when it cannot be mapped onto our fields. */
  patch: (ccus: unknown) => Record<string, string | null> | null;
};

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

// CCUS keeps one name field; ours splits family and given names at the first space.
function splitName(value: unknown, family: string, given: string): Record<string, string> | null {
  const parts =
    text(value)
      ?.trim()
      .split(/[\s\u3000]+/) ?? [];
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { [family]: parts[0], [given]: parts[1] };
}

function joined(...parts: (string | null | undefined)[]): string | null {
  const present = parts.filter((part): part is string => Boolean(part));
  return present.length > 0 ? present.join(' ') : null;
}

function field(entity: LocalEntity, key: string): string | null {
  return text((entity.record as Record<string, unknown>)[key]);
}

const direct = (key: string, label: string): FieldSpec => ({
  key,
  label,
  ours: (entity) => field(entity, key),
  patch: (ccus) => ({ [key]: text(ccus) }),
});

// The fields CCUS holds that map onto ours; the rest of CCUS's data is shown for reference.
export const FIELD_SPECS: Record<IdCheckTable, FieldSpec[]> = {
  sites: [direct('name', '現場名'), direct('period_start', '工期(開始)'), direct('period_end', '工期(終了)')],
  businesses: [direct('name', '事業者名'), direct('name_kana', '事業者名カナ')],
  workers: [
    {
      key: 'name',
      label: '技能者名',
      ours: (entity) => joined(field(entity, 'family_name'), field(entity, 'given_name')),
      patch: (ccus) => splitName(ccus, 'family_name', 'given_name'),
    },
    {
      key: 'name_kana',
      label: '技能者名カナ',
      ours: (entity) => joined(field(entity, 'family_kana'), field(entity, 'given_kana')),
      patch: (ccus) => splitName(ccus, 'family_kana', 'given_kana'),
    },
    direct('birth_date', '生年月日'),
  ],
};

export const OTHER_LABELS: Record<string, string> = {
  address: '住所',
  name_kana: 'カナ',
  occupation_codes: '職種コード',
  period_start: '工期(開始)',
  period_end: '工期(終了)',
};

export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value.replaceAll('-', '/');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function entityName(entity: LocalEntity): string {
  if (entity.table === 'workers') return `${entity.record.family_name} ${entity.record.given_name}`;
  return entity.record.name;
}
