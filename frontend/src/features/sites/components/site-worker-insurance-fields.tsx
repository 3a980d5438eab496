import { Checkbox, Select, SimpleGrid } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

import { useInsuranceValues } from '@/features/masters';

import { WORKER_INSURANCE_KINDS } from './site-worker-values';

type InsuranceForm = FieldValues & {
  insurance: { health: string | null; pension: string | null; employment: string | null };
  special_accident_insurance: boolean;
};

/** 保険加入状況 (健康保険・年金保険・雇用保険) and 特別加入労災保険 of a site worker. */
export function SiteWorkerInsuranceFields<T extends InsuranceForm>({ control }: { control: Control<T> }) {
  const insuranceValues = useInsuranceValues();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {WORKER_INSURANCE_KINDS.map(([kind, label]) => (
          <Controller
            key={kind}
            control={control}
            name={`insurance.${kind}` as Path<T>}
            render={({ field, fieldState }) => (
              <Select
                label={label}
                clearable
                data={(insuranceValues.data ?? [])
                  .filter((value) => value.kind === kind)
                  .map((value) => ({ value: value.code, label: value.name }))}
                value={field.value ?? null}
                onChange={field.onChange}
                error={fieldState.error?.message}
              />
            )}
          />
        ))}
      </SimpleGrid>
      <Controller
        control={control}
        name={'special_accident_insurance' as Path<T>}
        render={({ field }) => (
          <Checkbox
            label="特別加入労災保険に加入"
            checked={Boolean(field.value)}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
          />
        )}
      />
    </>
  );
}
