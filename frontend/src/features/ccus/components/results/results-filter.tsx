import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Text, TextInput } from '@mantine/core';

import { FilterPanel } from '@/components/filter-panel';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

const schema = z
  .object({
    date_from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '連携日(開始)を入力してください。'),
    date_to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '連携日(終了)を入力してください。'),
  })
  .refine((values) => values.date_from <= values.date_to, {
    path: ['date_to'],
    message: '終了日は開始日以降にしてください。',
  });
type Values = z.infer<typeof schema>;

/** 連携日 ① ~ ② 検索, as in the seed's CCUS連携結果一覧. */
export function ResultsFilter({
  from,
  to,
  onSearch,
  onClear,
}: {
  from: string;
  to: string;
  onSearch: (values: Values) => void;
  onClear: () => void;
}) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { date_from: from, date_to: to } });
  useEffect(() => form.reset({ date_from: from, date_to: to }), [form, from, to]);
  const { errors } = form.formState;

  return (
    <FilterPanel
      label="連携結果の検索"
      active={[from, to].filter(Boolean).length}
      onSubmit={(event) => void form.handleSubmit(onSearch)(event)}
    >
      <Group align="flex-start" gap="xs">
        <Text size="sm" fw={500} mt={6}>
          連携日
        </Text>
        <TextInput
          type="date"
          aria-label="連携日(開始)"
          size="sm"
          {...form.register('date_from')}
          error={errors.date_from?.message}
        />
        <Text mt={6}>~</Text>
        <TextInput
          type="date"
          aria-label="連携日(終了)"
          size="sm"
          {...form.register('date_to')}
          error={errors.date_to?.message}
        />
        <Button type="submit" size="sm">
          検索
        </Button>
        <Button type="button" variant="default" size="sm" onClick={onClear}>
          クリア
        </Button>
      </Group>
    </FilterPanel>
  );
}
