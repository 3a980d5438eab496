import { Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';

import type { CalendarDay, CalendarWorker } from '../api/calendar';
import { calendarMark, DAY_STATE_LABELS, dayCcusState } from '../labels';

const STATE_MARKS = { complete: '', open: '入', exit_only: '退' } as const;

/** One worker's day: its CCUS mark and, for an unfinished day, whether only entry or exit is known. */
export function CalendarDayCell({
  worker,
  date,
  day,
}: {
  worker: CalendarWorker;
  date: string;
  day: CalendarDay | undefined;
}) {
  if (!day) return <Table.Td p={0} />;
  const mark = calendarMark(dayCcusState(day));
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
