import { Box, Table } from '@mantine/core';

import type { CalendarWorker } from '../api/calendar';
import { daysOfMonth, WEEKDAYS } from '../utils/month';

import { CalendarDayCell } from './calendar-day-cell';

const WEEKDAY_COLORS: Record<number, string | undefined> = { 0: 'red', 6: 'blue' };

/** 月別カレンダー: workers down, days across; each worked day shows its CCUS state. */
export function CalendarGrid({
  month,
  workers,
  businessName,
}: {
  month: string;
  workers: CalendarWorker[];
  businessName: (id: string) => string;
}) {
  const days = daysOfMonth(month);
  return (
    <Table.ScrollContainer minWidth={400 + days.length * 30}>
      <Table withTableBorder withColumnBorders fz="sm" highlightOnHover aria-label="月別カレンダー">
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={120}>技能者</Table.Th>
            <Table.Th miw={120}>事業者</Table.Th>
            {days.map((day) => (
              <Table.Th key={day.date} ta="center" px={2} w={30} c={WEEKDAY_COLORS[day.weekday]}>
                <Box>{day.day}</Box>
                <Box fz="xs">{WEEKDAYS[day.weekday]}</Box>
              </Table.Th>
            ))}
            <Table.Th ta="right">就業日数</Table.Th>
            <Table.Th ta="right">CCUS有効</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {workers.map((worker) => (
            <Table.Tr key={worker.worker.id}>
              <Table.Td>{worker.worker.name}</Table.Td>
              <Table.Td>{businessName(worker.business_id)}</Table.Td>
              {days.map((day) => (
                <CalendarDayCell key={day.date} worker={worker} date={day.date} day={worker.days[day.date]} />
              ))}
              <Table.Td ta="right">{worker.total_days}</Table.Td>
              <Table.Td ta="right">{worker.ccus_valid_days}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
