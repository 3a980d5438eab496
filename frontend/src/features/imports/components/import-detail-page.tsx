import { Button, Group, Paper, Stack, Table } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

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
      <Table withTableBorder variant="vertical" fz="sm" maw={640}>
        <Table.Tbody>
          <Row label="取込データ">{KIND_LABELS[job.kind]}</Row>
          <Row label="ファイル名">{job.file_name}</Row>
          <Row label="取込方法">{MODE_SHORT[job.mode]}</Row>
          <Row label="状態">
            <ImportStatusBadge job={job} />
          </Row>
          <Row label="受付日時">{formatDateTime(job.created_at)}</Row>
          <Row label="完了日時">{formatDateTime(job.finished_at)}</Row>
        </Table.Tbody>
      </Table>
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

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={140}>{label}</Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
