import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { applyProblemToForm } from '@/lib/form-errors';
import { notifySaved } from '@/lib/notify';

import { useUpdateStructureEntry, type StructureEntry } from '../api/structure';

import { PlacementFields, placementBody, placementIssue } from './placement-fields';
import { subtreeIds } from './structure-tree';

const schema = z.object({ tier: z.string(), upper_business_id: z.string().nullable() }).superRefine((values, ctx) => {
  const issue = placementIssue(values);
  if (issue) ctx.addIssue({ code: 'custom', path: ['upper_business_id'], message: issue });
});
type Values = z.infer<typeof schema>;
const FIELDS = ['tier', 'upper_business_id'] as const;

/** 次数変更: moves a business to another tier, under a business one tier above. */
export function StructureTierForm({
  siteId,
  entry,
  entries,
  onDone,
}: {
  siteId: string;
  entry: StructureEntry;
  entries: StructureEntry[];
  onDone: () => void;
}) {
  const update = useUpdateStructureEntry(siteId);
  const [formError, setFormError] = useState<string | null>(null);
  // Neither the business itself nor anything under it can become its upper business.
  const excluded = useMemo(() => subtreeIds(entries, entry.business.id), [entries, entry.business.id]);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { tier: String(entry.tier), upper_business_id: entry.upper_business_id },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await update.mutateAsync({ businessId: entry.business.id, body: placementBody(values) });
      notifySaved('次数を変更しました。');
      onDone();
    } catch (error) {
      setFormError(applyProblemToForm(error, form.setError, FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <Stack>
        <Text size="sm">{entry.business.name}</Text>
        <PlacementFields control={form.control} watch={form.watch} entries={entries} excluded={excluded} />
        <FormActions onCancel={onDone} loading={update.isPending}>
          変更
        </FormActions>
      </Stack>
    </form>
  );
}
