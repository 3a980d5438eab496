import { Group, Stack, Text } from '@mantine/core';

import { formatDate } from '@/lib/format';

import type { OutboxEntry } from '../api/results';

export function EntryTarget({ entry }: { entry: OutboxEntry }) {
  const lines: { label: string; value: string }[] = [];
  if (entry.site?.name || entry.site?.ccus_id)
    lines.push({ label: '現場', value: entry.site.name ?? entry.site.ccus_id ?? '' });
  if (entry.business?.name || entry.business?.ccus_id)
    lines.push({ label: '事業者', value: entry.business.name ?? entry.business.ccus_id ?? '' });
  if (entry.worker?.name || entry.worker?.ccus_id)
    lines.push({ label: '技能者', value: entry.worker.name ?? entry.worker.ccus_id ?? '' });
  if (entry.work_date) lines.push({ label: '入退場日', value: formatDate(entry.work_date) });
  if (lines.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={0}>
      {lines.map((line) => (
        <Group key={line.label} gap={4} wrap="nowrap">
          <Text size="xs" c="dimmed">
            {line.label}
          </Text>
          <Text size="sm">{line.value}</Text>
        </Group>
      ))}
    </Stack>
  );
}
