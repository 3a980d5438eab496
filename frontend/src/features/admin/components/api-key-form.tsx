import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';

import { DateField } from '@/components/date-fields';
import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { SiteSelect } from '@/features/sites';
import { applyProblemToForm, renamedField } from '@/lib/form-errors';
import { todayInJapan } from '@/lib/format';

import { SCOPE_LABELS, useCreateApiKey, type ApiKeyCreated, type Scope } from '../api/api-keys';

import { API_KEY_FIELDS, keySchema, SCOPES, type KeyValues } from './api-key-values';

export function ApiKeyForm({ onCreated, onCancel }: { onCreated: (key: ApiKeyCreated) => void; onCancel: () => void }) {
  const create = useCreateApiKey();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<KeyValues>({
    resolver: zodResolver(keySchema),
    defaultValues: { name: '', kind: 'terminal', site_id: null, scopes: [], expires_on: null },
  });
  const kind = form.watch('kind');
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const created = await create.mutateAsync({
        name: values.name,
        kind: values.kind,
        site_ids: values.kind === 'terminal' && values.site_id ? [values.site_id] : [],
        scopes: values.kind === 'partner' ? (values.scopes as Scope[]) : [],
        // The key stops working at the end of the chosen day in Japan.
        expires_at: values.expires_on ? `${values.expires_on}T23:59:59+09:00` : null,
      });
      onCreated(created);
    } catch (error) {
      const placed = renamedField(renamedField(error, 'expires_at', 'expires_on'), 'site_ids', 'site_id');
      setFormError(applyProblemToForm(placed, form.setError, API_KEY_FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <Stack>
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <SegmentedControl
              aria-label="種類"
              value={field.value}
              onChange={field.onChange}
              data={[
                { value: 'terminal', label: '入退場端末' },
                { value: 'partner', label: '連携パートナー' },
              ]}
            />
          )}
        />
        <TextInput
          label="名前"
          placeholder="例: 三崎港 ゲート1"
          withAsterisk
          {...form.register('name')}
          error={errors.name?.message}
        />
        {kind === 'terminal' ? (
          <Controller
            control={form.control}
            name="site_id"
            render={({ field }) => (
              <SiteSelect
                visibleOnly
                label="現場"
                placeholder="現場を選択"
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                error={errors.site_id?.message}
              />
            )}
          />
        ) : (
          <Controller
            control={form.control}
            name="scopes"
            render={({ field }) => (
              <Checkbox.Group
                label="許可する範囲"
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                error={errors.scopes?.message}
              >
                <SimpleGrid cols={2} mt="xs">
                  {SCOPES.map((scope) => (
                    <Checkbox key={scope} value={scope} label={SCOPE_LABELS[scope]} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            )}
          />
        )}
        <Controller
          control={form.control}
          name="expires_on"
          render={({ field }) => (
            <DateField
              label="有効期限(任意)"
              min={todayInJapan()}
              value={field.value}
              onChange={(value) => field.onChange(value || null)}
              error={errors.expires_on?.message}
            />
          )}
        />
        <FormActions onCancel={onCancel} loading={create.isPending}>
          発行
        </FormActions>
      </Stack>
    </form>
  );
}
