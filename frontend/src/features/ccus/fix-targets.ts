import type { OutboxEntry } from './api/results';

export type FixTarget =
  | { type: 'worker'; id: string; label: string }
  | { type: 'business'; id: string; label: string }
  | { type: 'site'; id: string; label: string }
  | { type: 'structure'; id: string; label: string }
  | { type: 'work_day'; id: string; label: string };

// Which record CCUS's (or our own) error code says is wrong, from the error catalogue's advice.
const CODE_TARGETS: Record<string, 'worker' | 'business' | 'site'> = {
  DATK0408E: 'worker',
  GENB0003E: 'worker',
  DATK0402E: 'business',
  GENB0002E: 'business',
  DATK0401E: 'site',
  DATK0409E: 'site',
  GENB0001E: 'site',
};

const EDIT_LABELS = { worker: '技能者を修正', business: '事業者を修正', site: '現場を修正' } as const;

/** The records to open to fix a failed send: the one the error names first, then the sent record itself. */
export function fixTargets(entry: OutboxEntry): FixTarget[] {
  const targets: FixTarget[] = [];
  // CCUS's refusal (error_code) or genba's hold (hold_code): never both.
  const code = entry.error_code ?? entry.hold_code;
  const named = code ? CODE_TARGETS[code] : undefined;
  if (named) {
    const id = entry[named]?.id;
    if (id) targets.push({ type: named, id, label: EDIT_LABELS[named] });
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
