import { Button, Group, Paper, Stack } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';

import { FieldTable } from '@/components/field-table';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { formatDateTime } from '@/lib/format';

import { isActive, useImport, type ImportJob } from '../api/imports';
import { KIND_LABELS, MODE_SHORT } from '../lib/labels';

import { ImportProgress } from './import-progress';
import { ImportResult } from './import-result';
import { ImportStatusBadge } from './import-status-badge';

const route = getRouteApi('/app/imports/$importId');

export function ImportDetailPage() {
  const { importId } = route.useParams();
  const job = useImport(importId);

  return (
    <>
      <PageHeader
        title="取込結果"
        crumbs={[{ label: 'データ管理(一括取込)', to: '/imports' }, { label: job.data?.file_name ?? '取込結果' }]}
      />
      <QueryState query={job}>{(data) => <ImportDetail job={data} />}</QueryState>
    </>
  );
}

function ImportDetail({ job }: { job: ImportJob }) {
  return (
    <Stack>
      <FieldTable
        maw={640}
        labelWidth={140}
        rows={[
          { label: '取込データ', value: KIND_LABELS[job.kind] },
          { label: 'ファイル名', value: job.file_name },
          { label: '取込方法', value: MODE_SHORT[job.mode] },
          { label: '状態', value: <ImportStatusBadge job={job} /> },
          { label: '受付日時', value: formatDateTime(job.created_at) },
          { label: '完了日時', value: formatDateTime(job.finished_at) },
        ]}
      />
      {isActive(job.status) ? (
        <Paper withBorder p="md">
          <ImportProgress job={job} />
        </Paper>
      ) : (
        <div>
          <ImportResult job={job} />
        </div>
      )}
      <Group gap="xs">
        {job.kind === 'businesses' ? (
          <Button variant="light" renderRoot={(props) => <Link {...props} to="/businesses" />}>
            事業者一覧へ
          </Button>
        ) : (
          <Button variant="light" renderRoot={(props) => <Link {...props} to="/workers" />}>
            技能者一覧へ
          </Button>
        )}
        <Button variant="default" renderRoot={(props) => <Link {...props} to="/imports" search={{ kind: job.kind }} />}>
          一括取込へ戻る
        </Button>
      </Group>
    </Stack>
  );
}
