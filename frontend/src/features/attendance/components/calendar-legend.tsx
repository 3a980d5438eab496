import { Badge, Group, Text } from '@mantine/core';

import { CALENDAR_MARKS } from '../labels';

export function CalendarLegend() {
  return (
    <Group gap="md" mb="sm" aria-label="凡例" role="list">
      {Object.entries(CALENDAR_MARKS).map(([status, mark]) => (
        <Group key={status} gap={4} role="listitem">
          <Badge color={mark.color} variant="light" radius="sm" px={6}>
            {mark.symbol}
          </Badge>
          <Text size="xs">{mark.label}</Text>
        </Group>
      ))}
      <Text size="xs" c="dimmed" role="listitem">
        入 = 退場なし / 退 = 入場なし
      </Text>
    </Group>
  );
}
