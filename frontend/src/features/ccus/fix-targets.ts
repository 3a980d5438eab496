import type { OutboxEntry } from './api/outbox-types';
import { fixFieldFor } from './fix-fields';

/** A page to open for a failed or held record; `fix` (the outbox row) opens edit pages with the error shown. */
export type FixTarget =
  | { type: 'worker' | 'business' | 'site'; id: string; label: string; fix?: string }
  | { type: 'structure' | 'work_day'; id: string; label: string; fix?: undefined };

const EDIT_LABELS = { worker: '技能者を修正', business: '事業者を修正', site: '現場を修正' } as const;

/** The records to open to fix a failed send: the one the error names first, then the sent record itself. */
export function fixTargets(entry: OutboxEntry): FixTarget[] {
  const targets: FixTarget[] = [];
  const named = fixFieldFor(entry);
  if (named) {
    const id = named.entity === entry.kind ? entry.entity_id : entry[named.entity]?.id;
    if (id) targets.push({ type: named.entity, id, label: EDIT_LABELS[named.entity], fix: entry.id });
  }
  // A 施工体制 record's every refused (or waiting) difference: the business or worker each names.
  for (const subject of entry.subjects ?? []) {
    const field = fixFieldFor({ kind: entry.kind, hold_code: subject.hold_code, error_code: subject.error_code });
    const whose = field && field.entity !== 'site' ? subject[field.entity] : undefined;
    if (field && whose?.id) {
      const label = `${EDIT_LABELS[field.entity]}（${whose.name ?? whose.ccus_id ?? ''}）`;
      targets.push({ type: field.entity, id: whose.id, label, fix: entry.id });
    }
  }
  switch (entry.kind) {
    case 'worker':
    case 'business':
    case 'site':
      targets.push({ type: entry.kind, id: entry.entity_id, label: EDIT_LABELS[entry.kind] });
      break;
    case 'structure':
      targets.push({ type: 'structure', id: entry.entity_id, label: '施工体制を確認' });
      break;
    case 'work_day':
      targets.push({ type: 'work_day', id: entry.entity_id, label: '就業履歴を修正' });
      break;
  }
  return targets.filter(
    (target, index) => targets.findIndex((other) => other.type === target.type && other.id === target.id) === index,
  );
}
