import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid, Stack } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, type Path } from 'react-hook-form';

import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-alert';
import { CCUS_EDIT_FORM_ID, useMarkFixField, type FixMark } from '@/features/ccus';
import { applyProblemToForm } from '@/lib/form-errors';

import { AddressSection } from './address-section';
import { BasicSection } from './basic-section';
import { CcusSection } from './ccus-section';
import { ContactSection } from './contact-section';
import { EmploymentSection } from './employment-section';
import { BODY_FIELDS, formPath } from './field-paths';
import { HealthSection } from './health-section';
import { OccupationSection } from './occupation-section';
import { rowIndex } from './request-body';
import { workerFormSchema, type WorkerFormValues } from './schema';

/** The one form behind 技能者登録 and 技能者編集. */
export function WorkerForm({
  mode,
  initialValues,
  businessName,
  hasVerificationNumber = false,
  retiredOn = null,
  fixMark,
  onSave,
  onCancel,
}: {
  mode: 'create' | 'edit';
  initialValues: WorkerFormValues;
  businessName?: string;
  hasVerificationNumber?: boolean;
  retiredOn?: string | null;
  /** A fix link's field: marked and focused. */
  fixMark?: FixMark;
  onSave: (values: WorkerFormValues) => Promise<void>;
  onCancel: () => void;
}) {
  const schema = useMemo(() => workerFormSchema(mode), [mode]);
  const form = useForm<WorkerFormValues>({ resolver: zodResolver(schema), defaultValues: initialValues });
  const [formError, setFormError] = useState<string | null>(null);
  const top = useRef<HTMLDivElement>(null);
  useMarkFixField(form, fixMark);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSave(values);
    } catch (error) {
      // The API names body fields ("phones.1"); rows left empty were not sent, so map back.
      const rows = rowIndex(values);
      setFormError(
        applyProblemToForm<WorkerFormValues>(
          error,
          (name, fieldError) => form.setError(formPath(name, rows) as Path<WorkerFormValues>, fieldError),
          BODY_FIELDS,
        ),
      );
      top.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  });

  return (
    <FormProvider {...form}>
      <form
        id={mode === 'edit' ? CCUS_EDIT_FORM_ID : undefined}
        onSubmit={onSubmit}
        noValidate
        aria-label={mode === 'create' ? '技能者登録' : '技能者編集'}
      >
        <div ref={top}>
          <FormAlert message={formError} />
        </div>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <Stack gap="md">
              <BasicSection mode={mode} businessName={businessName} />
              <ContactSection />
              <CcusSection mode={mode} hasVerificationNumber={hasVerificationNumber} />
            </Stack>
            <Stack gap="md">
              <OccupationSection />
              <HealthSection />
              <AddressSection />
              <EmploymentSection retiredOn={retiredOn} />
            </Stack>
          </SimpleGrid>
          <FormActions onCancel={onCancel} loading={form.formState.isSubmitting}>
            {mode === 'create' ? '登録' : '更新'}
          </FormActions>
        </Stack>
      </form>
    </FormProvider>
  );
}
