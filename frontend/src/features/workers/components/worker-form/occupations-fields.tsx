import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';

import { OccupationPicker } from '@/features/masters';

import { MAX_OTHER_OCCUPATIONS, type WorkerFormValues } from './schema';

/** 代表職種 and the worker's further 職種 (CCUS keeps at most four in all). */
export function OccupationsFields() {
  const { control, formState } = useFormContext<WorkerFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'occupations' });
  const rootError = formState.errors.occupations?.root?.message ?? formState.errors.occupations?.message;

  return (
    <Stack gap="xs">
      <Controller
        control={control}
        name="primary_occupation_id"
        render={({ field, fieldState }) => (
          <OccupationPicker
            label="代表職種"
            required
            value={field.value || null}
            onChange={(id) => field.onChange(id ?? '')}
            error={fieldState.error?.message}
          />
        )}
      />
      <Text size="xs" c="dimmed">
        代表職種と立場は、現場の施工体制技能者情報の初期値になります。
      </Text>
      {fields.map((row, index) => (
        <Group key={row.id} gap="xs" align="flex-start" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <Controller
              control={control}
              name={`occupations.${index}.id`}
              render={({ field, fieldState }) => (
                <OccupationPicker
                  label={`その他の職種${index + 1}`}
                  value={field.value || null}
                  onChange={(id) => field.onChange(id ?? '')}
                  error={fieldState.error?.message}
                />
              )}
            />
          </div>
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            aria-label={`その他の職種${index + 1}を削除`}
            onClick={() => remove(index)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant="light"
          disabled={fields.length >= MAX_OTHER_OCCUPATIONS}
          onClick={() => append({ id: '' })}
        >
          職種を追加
        </Button>
        <Text size="xs" c="dimmed">
          複数の職種に携わる場合、代表職種のほかに{MAX_OTHER_OCCUPATIONS}つまで登録できます。
        </Text>
      </Group>
      {rootError ? (
        <Text size="sm" c="red" role="alert">
          {rootError}
        </Text>
      ) : null}
    </Stack>
  );
}
