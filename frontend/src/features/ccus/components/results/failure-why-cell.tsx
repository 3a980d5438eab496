import { Badge, Stack, Table, Text } from '@mantine/core';

import { entryCode, entryMessage, type OutboxEntry } from '../../api/outbox-types';

import type { SubjectLine } from './failure-subjects';

/** Why: the code and message of each refused (or waiting) difference, else the record's own, and what to fix. */
export function WhyCell({ entry, lines }: { entry: OutboxEntry; lines: SubjectLine[] }) {
  const code = entryCode(entry);
  const held = entry.status === 'held';
  return (
    <Table.Td data-wrap>
      <Stack gap={4} align="flex-start">
        {(lines.some((line) => line.code) ? lines : [{ code, message: entryMessage(entry) }]).map((line, index) => (
          <Stack key={index} gap={2} align="flex-start">
            {line.code ? (
              <Badge color={held ? 'yellow' : 'red'} variant="light">
                {line.code}
              </Badge>
            ) : null}
            {line.message ? <Text size="sm">{line.message}</Text> : null}
          </Stack>
        ))}
        {entry.advice ? (
          <Text size="xs" c="dimmed">
            対応方法：{entry.advice}
          </Text>
        ) : null}
      </Stack>
    </Table.Td>
  );
}
