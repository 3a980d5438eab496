import { Select } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path, type UseFormWatch } from 'react-hook-form';

import type { StructureEntry } from '../api/structure';

import { TIERS, tierLabel } from './labels';
import { upperCandidates } from './structure-tree';

type PlacementValues = { tier: string; upper_business_id: string | null };

const TIER_OPTIONS = TIERS.map((tier) => ({ value: String(tier), label: tierLabel(tier) }));

/** 次数 and 上位事業者: a business's upper business must sit exactly one tier above it. */
export function PlacementFields<T extends FieldValues & PlacementValues>({
  control,
  watch,
  entries,
  excluded,
}: {
  control: Control<T>;
  watch: UseFormWatch<T>;
  entries: StructureEntry[];
  excluded?: Set<string>;
}) {
  const tier = Number(watch('tier' as Path<T>));
  const candidates = upperCandidates(entries, tier, excluded).map((entry) => ({
    value: entry.business.id,
    label: `${tierLabel(entry.tier)} ${entry.business.name}`,
  }));

  return (
    <>
      <Controller
        control={control}
        name={'tier' as Path<T>}
        render={({ field, fieldState }) => (
          <Select
            label="次数"
            withAsterisk
            allowDeselect={false}
            data={TIER_OPTIONS}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      {tier > 1 ? (
        <Controller
          control={control}
          name={'upper_business_id' as Path<T>}
          render={({ field, fieldState }) => (
            <Select
              label="上位事業者"
              withAsterisk
              description={`${tierLabel(tier - 1)}の事業者から選びます。`}
              data={candidates}
              value={field.value}
              onChange={field.onChange}
              nothingFoundMessage={`${tierLabel(tier - 1)}の事業者がいません`}
              error={fieldState.error?.message}
            />
          )}
        />
      ) : null}
    </>
  );
}

/** The zod check shared by 事業者を追加 and 次数変更. */
export function placementIssue(values: PlacementValues): string | null {
  return Number(values.tier) > 1 && !values.upper_business_id ? '上位事業者を選択してください。' : null;
}

export function placementBody(values: PlacementValues) {
  const tier = Number(values.tier);
  return { tier, upper_business_id: tier > 1 ? values.upper_business_id : null };
}
