import { Badge } from '@mantine/core';

import type { ImportJob } from '../api/imports';
import { statusLabel } from '../lib/labels';

export function ImportStatusBadge({ job }: { job: Pick<ImportJob, 'status' | 'row_errors'> }) {
  const { label, color } = statusLabel(job);
  return (
    <Badge color={color} variant="light">
      {label}
    </Badge>
  );
}
