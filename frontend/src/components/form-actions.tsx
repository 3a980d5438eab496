import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

/** A form's キャンセル and submit buttons, right-aligned as on the seed's screens. */
export function FormActions({
  onCancel,
  loading,
  children,
}: {
  onCancel: () => void;
  loading: boolean;
  children: ReactNode;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        キャンセル
      </Button>
      <Button type="submit" loading={loading}>
        {children}
      </Button>
    </Group>
  );
}
