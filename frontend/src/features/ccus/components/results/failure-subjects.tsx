import { Stack, Table, Text } from '@mantine/core';

import { formatDate } from '@/lib/format';

import type { OutboxEntry } from '../../api/outbox-types';

type Label = { name?: string | null; ccus_id?: string | null } | null | undefined;

/** One line of the seed's エラー対象者一覧: whose a refused (or held) difference is, and why. */
export type SubjectLine = {
  business: Label;
  worker: Label;
  workDate: string | null;
  code: string | null;
  message: string | null;
};

/** A 施工体制 record lists every difference CCUS refused (or that waits); other records are their own one line. */
export function subjectLines(entry: OutboxEntry): SubjectLine[] {
  const subjects = entry.subjects ?? [];
  if (subjects.length === 0) {
    return [{ business: entry.business, worker: entry.worker, workDate: entry.work_date, code: null, message: null }];
  }
  return subjects.map((subject) => ({
    business: subject.business,
    worker: subject.worker,
    workDate: subject.work_date,
    code: subject.hold_code ?? subject.error_code,
    message: subject.error_message,
  }));
}

function Dash() {
  return (
    <Text span c="dimmed" size="sm">
      —
    </Text>
  );
}

function Named({ label }: { label: Label }) {
  return (
    <Stack gap={0}>
      <Text span size="sm">
        {label?.name || '—'}
      </Text>
      {label?.ccus_id ? (
        <Text span size="xs" c="dimmed">
          {label.ccus_id}
        </Text>
      ) : null}
    </Stack>
  );
}

/** A column of the lines: the site's name and ID, a business, a worker, or the 入退場日. */
export function SubjectCell({ lines, show }: { lines: SubjectLine[]; show: (line: SubjectLine) => Label | string }) {
  return (
    <Table.Td data-wrap="name">
      <Stack gap={6}>
        {lines.map((line, index) => {
          const value = show(line);
          if (typeof value === 'string')
            return (
              <Text key={index} span size="sm">
                {value}
              </Text>
            );
          return value ? <Named key={index} label={value} /> : <Dash key={index} />;
        })}
      </Stack>
    </Table.Td>
  );
}

export const workDateOf = (line: SubjectLine): Label | string => formatDate(line.workDate) || null;
