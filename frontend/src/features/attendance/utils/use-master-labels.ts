import { useMemo } from 'react';

import { occupationLabel, useOccupations, usePositions } from '@/features/masters';

/** 職種 and 立場 names by id and code, for tables that only carry the keys. */
export function useMasterLabels() {
  const occupations = useOccupations();
  const positions = usePositions();
  return useMemo(() => {
    const occupationById = new Map((occupations.data ?? []).map((o) => [o.id, occupationLabel(o)]));
    const positionByCode = new Map((positions.data ?? []).map((p) => [p.code, p.name]));
    return {
      occupation: (id: string | null | undefined) => (id ? (occupationById.get(id) ?? '') : ''),
      position: (code: string | null | undefined) => (code ? (positionByCode.get(code) ?? code) : ''),
    };
  }, [occupations.data, positions.data]);
}
