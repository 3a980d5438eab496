import { Box, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';

import type { CalendarDay, CalendarWorker } from '../api/calendar';
import { calendarMark, DAY_STATE_LABELS } from '../labels';
import { daysOfMonth, WEEKDAYS } from '../utils/month';

const WEEKDAY_COLORS: Record<number, string | undefined> = { 0: 'red', 6: 'blue' };
const STATE_MARKS = { complete: '', open: '入', exit_only: '退' } as const;

function DayCell({ worker, date, day }: { worker: CalendarWorker; date: string; day: CalendarDay | undefined }) {
  if (!day) return <Table.Td p={0} />;
  const mark = calendarMark(day.ccus_status);
  const label = `${date.replaceAll('-', '/')} ${worker.worker.name}: ${DAY_STATE_LABELS[day.state]}・${mark.label}`;
  return (
    <Table.Td p={0} bg={`var(--mantine-color-${mark.color}-light)`}>
      <Link
        to="/attendance/$workDayId"
        params={{ workDayId: day.work_day_id }}
        aria-label={label}
        title={label}
        style={{ display: 'block', textAlign: 'center', padding: '4px 0', color: 'inherit', textDecoration: 'none' }}
      >
        <Text span size="sm" c={`${mark.color}.8`} fw={700}>
          {mark.symbol}
        </Text>
        {STATE_MARKS[day.state] ? (
          <Text span size="10px" c="orange.8">
            {STATE_MARKS[day.state]}
          </Text>
        ) : null}
      </Link>
    </Table.Td>
  );
}

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
                <DayCell key={day.date} worker={worker} date={day.date} day={worker.days[day.date]} />
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
