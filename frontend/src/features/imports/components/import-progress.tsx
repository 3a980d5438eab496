import { Group, Progress, Stack, Text } from '@mantine/core';

import { formatNumber } from '@/lib/format';

import type { ImportJob } from '../api/imports';

/** While the server reads and checks the file: rows checked out of the rows in the file. */
export function ImportProgress({ job }: { job: ImportJob }) {
  const percent = Math.round(Math.min(1, Math.max(0, job.progress)) * 100);
  const counted = job.rows_total > 0;
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="sm">{job.status === 'queued' ? '取込の順番を待っています…' : 'ファイルを確認しています…'}</Text>
        <Text size="sm" data-testid="import-progress-count">
          {counted ? `${formatNumber(job.rows_done)} / ${formatNumber(job.rows_total)} 行` : '行数を確認中'}
        </Text>
      </Group>
      <Progress value={percent} size="lg" striped animated aria-label="取込の進み具合" />
      <Text size="xs" c="dimmed">
        取込はサーバーで行われます。この画面を離れても処理は続き、取込履歴から結果を確認できます。
      </Text>
    </Stack>
  );
}
