import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { applyProblemToForm } from '@/lib/form-errors';

import { EVENT_LABELS, SUBSCRIBABLE } from '../labels';
import { useCreateWebhookEndpoint } from '../api/mutations';
import { type EventType, type WebhookEndpointWithSecret } from '../api/webhooks';

const schema = z.object({
  url: z
    .string()
    .trim()
    .min(1, '送信先URLを入力してください。')
    .max(2048)
    .regex(/^https?:\/\//, '送信先URLは https で始まる必要があります。'),
  description: z.string().trim().max(200),
  event_types: z.array(z.string()).min(1, '受け取るイベントを1つ以上選択してください。'),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['url', 'description', 'event_types'] as const;

export function WebhookForm({
  onCreated,
  onCancel,
}: {
  onCreated: (created: WebhookEndpointWithSecret) => void;
  onCancel: () => void;
}) {
  const create = useCreateWebhookEndpoint();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { url: '', description: '', event_types: [] },
  });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      onCreated(await create.mutateAsync({ ...values, event_types: values.event_types as EventType[] }));
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <Stack>
        <TextInput
          label="送信先URL"
          placeholder="https://example.co.jp/genba/webhooks"
          withAsterisk
          {...form.register('url')}
          error={errors.url?.message}
        />
        <TextInput label="説明" {...form.register('description')} error={errors.description?.message} />
        <Controller
          control={form.control}
          name="event_types"
          render={({ field }) => (
            <Checkbox.Group
              label="受け取るイベント"
              withAsterisk
              value={field.value}
              onChange={field.onChange}
              error={errors.event_types?.message}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {SUBSCRIBABLE.map((type) => (
                  <Checkbox key={type} value={type} label={EVENT_LABELS[type]} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
        <FormActions onCancel={onCancel} loading={create.isPending}>
          登録
        </FormActions>
      </Stack>
    </form>
  );
}
