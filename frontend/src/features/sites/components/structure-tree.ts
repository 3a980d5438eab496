import type { StructureEntry } from '../api/structure';

export type StructureRow = { entry: StructureEntry; depth: number };

/**
 * The structure as the seed's 施工体制一覧 shows it: each business followed by the businesses under
 * it, depth first. The API orders entries by tier then display order, so siblings keep that order.
 * `rootId` is the 元請 (own company): businesses under it, or under nobody on the list, are 1次.
 */
export function structureRows(entries: StructureEntry[], rootId?: string | null): StructureRow[] {
  const ids = new Set(entries.map((entry) => entry.business.id));
  const children = new Map<string | null, StructureEntry[]>();
  for (const entry of entries) {
    if (entry.business.id === rootId) continue;
    const upper = entry.upper_business_id;
    const parent = upper && upper !== rootId && ids.has(upper) ? upper : null;
    children.set(parent, [...(children.get(parent) ?? []), entry]);
  }
  const rows: StructureRow[] = [];
  const visited = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const entry of children.get(parent) ?? []) {
      if (visited.has(entry.business.id)) continue;
      visited.add(entry.business.id);
      rows.push({ entry, depth });
      walk(entry.business.id, depth + 1);
    }
  };
  walk(null, 1);
  return rows;
}

/** A business and everything under it: none of them can become its upper business. */
export function subtreeIds(entries: StructureEntry[], businessId: string): Set<string> {
  const result = new Set([businessId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const entry of entries) {
      if (entry.upper_business_id && result.has(entry.upper_business_id) && !result.has(entry.business.id)) {
        result.add(entry.business.id);
        grew = true;
      }
    }
  }
  return result;
}

/** Businesses that may sit directly above one at `tier`: those exactly one tier higher. */
export function upperCandidates(entries: StructureEntry[], tier: number, excluded: Set<string> = new Set()) {
  return entries.filter((entry) => entry.tier === tier - 1 && !excluded.has(entry.business.id));
}
