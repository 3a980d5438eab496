import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';

import type { WorkerFormValues } from './schema';

export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="fieldset" style={{ minWidth: 0 }}>
      <Title order={3} size="h5" mb="sm" component="legend" px={4}>
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

export function useTextField() {
  const { register, formState } = useFormContext<WorkerFormValues>();
  return (name: keyof WorkerFormValues & string) => ({
    ...register(name as 'code'),
    error: (formState.errors[name] as { message?: string } | undefined)?.message,
  });
}
