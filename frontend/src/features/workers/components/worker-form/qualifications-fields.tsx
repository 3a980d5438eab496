import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';

import { DateField } from '@/components/date-fields';
import { MAX_QUALIFICATIONS, type WorkerFormValues } from './schema';

export function QualificationsFields() {
  const { control, register, formState } = useFormContext<WorkerFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'qualifications' });
  const errors = formState.errors.qualifications;
  const rootError = errors?.root?.message ?? errors?.message;

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        資格・免許
      </Text>
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          登録されていません。
        </Text>
      ) : null}
      {fields.map((row, index) => (
        <Paper key={row.id} withBorder p="xs">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs" flex={1}>
              <TextInput
                label={`資格・免許名${index + 1}`}
                withAsterisk
                {...register(`qualifications.${index}.name`)}
                error={errors?.[index]?.name?.message}
              />
              <TextInput
                label={`番号${index + 1}`}
                {...register(`qualifications.${index}.number`)}
                error={errors?.[index]?.number?.message}
              />
              <Controller
                control={control}
                name={`qualifications.${index}.acquired_on`}
                render={({ field, fieldState }) => (
                  <DateField
                    label={`取得日${index + 1}`}
                    value={field.value}
                    onChange={field.onChange}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={control}
                name={`qualifications.${index}.expires_on`}
                render={({ field, fieldState }) => (
                  <DateField
                    label={`有効期限${index + 1}`}
                    value={field.value}
                    onChange={field.onChange}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </SimpleGrid>
            <ActionIcon
              mt={26}
              variant="subtle"
              color="red"
              aria-label={`資格・免許${index + 1}を削除`}
              onClick={() => remove(index)}
            >
              ×
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          size="compact-sm"
          variant="light"
          disabled={fields.length >= MAX_QUALIFICATIONS}
          onClick={() => append({ name: '', number: '', acquired_on: '', expires_on: '' })}
        >
          資格・免許を追加
        </Button>
      </Group>
      {rootError ? (
        <Text size="sm" c="red" role="alert">
          {rootError}
        </Text>
      ) : null}
    </Stack>
  );
}
