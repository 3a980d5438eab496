import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useFieldArray, useFormContext } from 'react-hook-form';

import { MAX_PHONES, type WorkerFormValues } from './schema';

export function PhonesFields() {
  const { control, register, formState } = useFormContext<WorkerFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'phones' });
  const errors = formState.errors.phones;
  const rootError = errors?.root?.message ?? errors?.message;

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        携帯電話番号
      </Text>
      {fields.map((field, index) => (
        <Group key={field.id} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            flex={1}
            label={`携帯電話番号 ${index + 1}台目`}
            inputMode="tel"
            autoComplete="off"
            {...register(`phones.${index}.value`)}
            error={errors?.[index]?.value?.message}
          />
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            aria-label={`${index + 1}台目を削除`}
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
          disabled={fields.length >= MAX_PHONES}
          onClick={() => append({ value: '' })}
        >
          携帯電話番号を追加
        </Button>
        <Text size="xs" c="dimmed">
          {MAX_PHONES}台まで。半角数字のみで入力して下さい(例: 09011112222)
        </Text>
      </Group>
      {rootError ? (
        <Text size="sm" c="red" role="alert" data-testid="phones-error">
          {rootError}
        </Text>
      ) : null}
    </Stack>
  );
}
