import { Button, Stack, Table, Text } from '@mantine/core';

import { CcusStatusBadge } from '@/components/ccus-status-badge';
import { Can } from '@/features/auth';
import { formatDate } from '@/lib/format';

import type { OutboxEntry } from '../../api/outbox-types';
import { fixTargets } from '../../fix-targets';
import { KIND_LABELS } from '../../labels';

import { SubjectCell, subjectLines, workDateOf } from './failure-subjects';
import { WhyCell } from './failure-why-cell';
import { FixLink } from '../fix-link';

function Named({ name, ccusId }: { name: string | null | undefined; ccusId: string | null | undefined }) {
  return (
    <Table.Td data-wrap="name">
      <Stack gap={0}>
        <Text span size="sm">
          {name || '—'}
        </Text>
        {ccusId ? (
          <Text span size="xs" c="dimmed">
            {ccusId}
          </Text>
        ) : null}
      </Stack>
    </Table.Td>
  );
}

function Cell({ value }: { value: string | null | undefined }) {
  return (
    <Table.Td>
      {value || (
        <Text span c="dimmed" size="sm">
          —
        </Text>
      )}
    </Table.Td>
  );
}

/** One failed or held record: when, what, whose (every refused difference of a 施工体制 record), why, and its fixes. */
export function FailureRow({
  entry,
  resending,
  onResend,
}: {
  entry: OutboxEntry;
  resending: boolean;
  onResend: (entry: OutboxEntry) => void;
}) {
  const lines = subjectLines(entry);
  return (
    <Table.Tr data-outbox-id={entry.id}>
      <Cell value={formatDate(entry.resolved_at ?? entry.scheduled_for)} />
      <Cell value={KIND_LABELS[entry.kind]} />
      <Table.Td>
        <CcusStatusBadge status={entry.status} />
      </Table.Td>
      <Cell value={entry.branch?.name} />
      <Named name={entry.site?.name} ccusId={entry.site?.ccus_id} />
      <SubjectCell lines={lines} show={(line) => line.business} />
      <SubjectCell lines={lines} show={(line) => line.worker} />
      <SubjectCell lines={lines} show={workDateOf} />
      <WhyCell entry={entry} lines={lines} />
      <Table.Td data-action>
        <Stack gap={4} align="flex-start">
          {fixTargets(entry).map((target) => (
            <FixLink key={`${target.type}-${target.id}`} target={target} />
          ))}
          <Can scope="ccus:write">
            <Button size="compact-xs" variant="light" loading={resending} onClick={() => onResend(entry)}>
              再送
            </Button>
          </Can>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
