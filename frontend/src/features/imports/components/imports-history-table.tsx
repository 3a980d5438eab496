import { Anchor, Table } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { Link } from '@tanstack/react-router';

import { formatDateTime, formatNumber } from '@/lib/format';

import type { ImportJob } from '../api/imports';
import { errorRowCount, KIND_LABELS, MODE_SHORT } from '../lib/labels';

import { ImportStatusBadge } from './import-status-badge';

export function ImportsHistoryTable({ jobs }: { jobs: ImportJob[] }) {
  return (
    <DataTable striped highlightOnHover withTableBorder fz="sm" label="データ取込履歴">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>取込日時</Table.Th>
          <Table.Th>取込データ</Table.Th>
          <Table.Th>ファイル名</Table.Th>
          <Table.Th>取込方法</Table.Th>
          <Table.Th>状態</Table.Th>
          <Table.Th ta="right">行数</Table.Th>
          <Table.Th ta="right">取込件数</Table.Th>
          <Table.Th ta="right">エラー行数</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {jobs.map((job) => (
          <Table.Tr key={job.id}>
            <Table.Td>
              <Anchor
                size="sm"
                renderRoot={(props) => <Link {...props} to="/imports/$importId" params={{ importId: job.id }} />}
              >
                {formatDateTime(job.created_at)}
              </Anchor>
            </Table.Td>
            <Table.Td>{KIND_LABELS[job.kind]}</Table.Td>
            <Table.Td>{job.file_name}</Table.Td>
            <Table.Td>{MODE_SHORT[job.mode]}</Table.Td>
            <Table.Td>
              <ImportStatusBadge job={job} />
            </Table.Td>
            <Table.Td ta="right">{formatNumber(job.rows_total)}</Table.Td>
            <Table.Td ta="right">{formatNumber(job.rows_imported)}</Table.Td>
            <Table.Td ta="right">{formatNumber(errorRowCount(job))}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
