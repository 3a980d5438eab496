import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';

import type { SiteFormValues } from './site-form-schema';

const MAX_LOCATIONS = 50;

/** 作業場所: the locations a まとめ現場's attendance can carry as its memo. */
export function WorkLocationsField({ form }: { form: UseFormReturn<SiteFormValues> }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'work_locations' });
  const memoOn = form.watch('work_location_memo');
  const errors = form.formState.errors.work_locations;

  if (!memoOn && fields.length === 0) return null;

  return (
    <Stack gap="xs" aria-label="作業場所" role="group">
      <Text size="sm" fw={500}>
        作業場所
      </Text>
      {!memoOn ? (
        <Text size="xs" c="orange">
          作業場所メモが無効のため、作業場所は登録できません。有効にするか、行を削除してください。
        </Text>
      ) : null}
      {fields.map((field, index) => (
        <Group key={field.id} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            flex={1}
            aria-label={`作業場所 ${index + 1}`}
            placeholder="例: A棟"
            {...form.register(`work_locations.${index}.name`)}
            error={errors?.[index]?.name?.message}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={4}
            onClick={() => remove(index)}
            aria-label={`作業場所 ${index + 1} を削除`}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {errors?.message || errors?.root?.message ? (
        <Text size="xs" c="red" role="alert">
          {errors.message ?? errors.root?.message}
        </Text>
      ) : null}
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() => append({ name: '' })}
          disabled={!memoOn || fields.length >= MAX_LOCATIONS}
        >
          作業場所を追加
        </Button>
      </Group>
    </Stack>
  );
}
