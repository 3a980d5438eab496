import { Button, Collapse, Paper } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, type FormEventHandler, type ReactNode } from 'react';

import { usePhone } from '@/hooks/use-phone';

/**
 * A list's search form. At the desk it is open above the list; on a phone it folds behind one
 * 絞り込み button (saying how many conditions apply) so the list is on the first screen.
 */
export function FilterPanel({
  label,
  active,
  onSubmit,
  children,
}: {
  /** The form's accessible name, e.g. 現場の検索. */
  label: string;
  /** How many conditions the list is filtered by now. */
  active: number;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}) {
  const phone = usePhone();
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();

  const form = (
    <Paper withBorder p="sm" mb="md" component="form" onSubmit={onSubmit} role="search" aria-label={label} noValidate>
      {children}
    </Paper>
  );
  if (!phone) return form;
  return (
    <>
      <Button variant="default" fullWidth mb="sm" aria-expanded={opened} aria-controls={id} onClick={toggle}>
        {active > 0 ? `絞り込み（${active}件の条件）` : '絞り込み'}
      </Button>
      <Collapse expanded={opened} id={id}>
        {form}
      </Collapse>
    </>
  );
}

/** How many of a search's conditions are set (the page number is not a condition). */
export function countConditions(search: Record<string, unknown>): number {
  return Object.entries(search).filter(
    ([key, value]) => key !== 'page' && key !== 'limit' && value !== undefined && value !== '',
  ).length;
}
