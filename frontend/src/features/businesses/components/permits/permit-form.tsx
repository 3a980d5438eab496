import { zodResolver } from '@hookform/resolvers/zod';
import { MultiSelect, NumberInput, SegmentedControl, Stack, Input } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';

import { DateField } from '@/components/date-fields';
import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { PrefectureSelect } from '@/features/masters';
import { applyProblemToForm } from '@/lib/form-errors';
import { notifySaved } from '@/lib/notify';

import { useSavePermit, type Permit } from '../../api/permits';
import { TRADES } from '../../lib/permit-labels';

import {
  onTradesField,
  PERMIT_FIELDS,
  permitBody,
  permitDefaults,
  permitSchema,
  type PermitValues,
} from './permit-values';

/** One 建設業許可番号: 許可行政庁, 般/特, 許可番号, 業種 and 有効期限. */
export function PermitForm({
  businessId,
  permit,
  onDone,
}: {
  businessId: string;
  permit?: Permit;
  onDone: () => void;
}) {
  const save = useSavePermit(businessId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PermitValues>({ resolver: zodResolver(permitSchema), defaultValues: permitDefaults(permit) });
  const authority = form.watch('authority');

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await save.mutateAsync({ id: permit?.id, body: permitBody(values) });
      notifySaved();
      onDone();
    } catch (error) {
      setFormError(applyProblemToForm(onTradesField(error), form.setError, PERMIT_FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <Stack>
        <Controller
          control={form.control}
          name="authority"
          render={({ field }) => (
            <Input.Wrapper label="許可行政庁" withAsterisk>
              <SegmentedControl
                fullWidth
                aria-label="許可行政庁"
                data={[
                  { value: 'governor', label: '都道府県知事' },
                  { value: 'minister', label: '国土交通大臣' },
                ]}
                value={field.value}
                onChange={field.onChange}
              />
            </Input.Wrapper>
          )}
        />
        {authority === 'governor' ? (
          <Controller
            control={form.control}
            name="prefecture_code"
            render={({ field, fieldState }) => (
              <PrefectureSelect
                label="都道府県"
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
              />
            )}
          />
        ) : null}
        <Controller
          control={form.control}
          name="grade"
          render={({ field }) => (
            <Input.Wrapper label="般/特" withAsterisk>
              <SegmentedControl
                fullWidth
                aria-label="般/特"
                data={[
                  { value: 'general', label: '般（一般建設業）' },
                  { value: 'special', label: '特（特定建設業）' },
                ]}
                value={field.value}
                onChange={field.onChange}
              />
            </Input.Wrapper>
          )}
        />
        <Controller
          control={form.control}
          name="number"
          render={({ field, fieldState }) => (
            <NumberInput
              label="許可番号"
              withAsterisk
              min={1}
              max={999_999}
              allowDecimal={false}
              prefix="第"
              suffix="号"
              value={field.value ?? ''}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="trades"
          render={({ field, fieldState }) => (
            <MultiSelect
              label="業種"
              withAsterisk
              searchable
              data={TRADES.map((trade) => ({ value: trade.value, label: `${trade.value}（${trade.label}）` }))}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="expires_on"
          render={({ field, fieldState }) => (
            <DateField
              label="有効期限"
              withAsterisk
              value={field.value || null}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <FormActions onCancel={onDone} loading={save.isPending}>
          {permit ? '更新' : '登録'}
        </FormActions>
      </Stack>
    </form>
  );
}
