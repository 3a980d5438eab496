import { Alert, SimpleGrid, Paper, Text, Title } from '@mantine/core';

import { formatNumber } from '@/lib/format';

import type { ImportJob } from '../api/imports';
import { errorRowCount, jobErrorMessage, KIND_LABELS } from '../lib/labels';

import { ImportRowErrorsTable } from './import-row-errors-table';

/** A finished import: what was written, why it stopped, and every row to fix. */
export function ImportResult({ job }: { job: ImportJob }) {
  const errorRows = errorRowCount(job);
  return (
    <>
      {job.status === 'failed' ? (
        <Alert color="red" title="取り込めませんでした" role="alert" mb="md">
          {job.error_code ? jobErrorMessage(job.error_code) : 'エラーが発生しました。'}
        </Alert>
      ) : errorRows > 0 ? (
        <Alert color="yellow" title="エラーのある行を除いて取り込みました" mb="md">
          下のエラーを修正した行だけを、もう一度取り込んでください。
        </Alert>
      ) : (
        <Alert color="green" title="取込が完了しました" mb="md">
          {formatNumber(job.rows_imported)} 件の{KIND_LABELS[job.kind]}を登録しました。
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 3 }} mb="md" maw={600}>
        <Count label="ファイルの行数" value={job.rows_total} testId="count-total" />
        <Count label="取込件数" value={job.rows_imported} testId="count-imported" />
        <Count label="エラー行数" value={errorRows} testId="count-errors" color={errorRows ? 'red' : undefined} />
      </SimpleGrid>
      {job.row_errors.length > 0 ? (
        <>
          <Title order={3} size="h5" mb="xs">
            エラーの内容({formatNumber(job.row_errors.length)} 件)
          </Title>
          <ImportRowErrorsTable errors={job.row_errors} />
        </>
      ) : null}
    </>
  );
}

function Count({ label, value, testId, color }: { label: string; value: number; testId: string; color?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c={color} data-testid={testId}>
        {formatNumber(value)}
      </Text>
    </Paper>
  );
}
